# compare: stderr
# The debugging setup: basicConfig(level=logging.DEBUG) before asyncio.run, so asyncio's own
# DEBUG line appears too, and a producer/consumer pair logging where each message comes from
# (%(funcName)s, %(lineno)d) and when (%(relativeCreated)d ms on the virtual clock).
import asyncio
import logging

logging.basicConfig(
    level=logging.DEBUG,
    format="%(relativeCreated)6d %(levelname).1s %(name)s.%(funcName)s:%(lineno)d %(message)s",
)
log = logging.getLogger("pipeline")


async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(0.15)
        await queue.put(i)
        log.debug("put %d (size %d)", i, queue.qsize())
    await queue.put(None)
    log.info("producer finished")


async def consumer(queue):
    total = 0
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.2)
        total += item
        log.debug("got %d, total %d", item, total)
    log.info("consumer finished with %d", total)
    return total


async def main():
    queue = asyncio.Queue(maxsize=2)
    log.info("starting")
    _, total = await asyncio.gather(producer(queue, 5), consumer(queue))
    log.warning("total=%d at t=%.2f", total, asyncio.get_running_loop().time())
    print("total:", total)


asyncio.run(main())
