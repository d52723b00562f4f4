# compare: stderr
# The first thing logging tutorials show in an asyncio app: basicConfig with a level and a format,
# then logging.info/debug/warning from workers pulling jobs off a queue.
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)-8s %(name)s: %(message)s")


async def worker(name, queue):
    while True:
        job = await queue.get()
        logging.debug("%s picked %s", name, job)  # below INFO: dropped
        await asyncio.sleep(job / 10)
        if job % 4 == 0:
            logging.warning("%s: job %d was slow (%.1fs)", name, job, job / 10)
        else:
            logging.info("%s finished job %d", name, job)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job in range(1, 9):
        queue.put_nowait(job)
    logging.info("starting %d workers for %d jobs", 3, queue.qsize())
    workers = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    logging.error("all done, %s", {"jobs": 8, "workers": 3})
    logging.critical("shutting down")
    logging.log(logging.INFO, "log() with an explicit level")
    logging.log(25, "a custom level number")
    print("root level:", logging.getLevelName(logging.getLogger().level))
    print("only stdout here; the log went to stderr")


asyncio.run(main())
