import asyncio


async def worker(name, q, done_log):
    loop = asyncio.get_running_loop()
    while True:
        job, cost = await q.get()
        print(f"t={loop.time()} {name} starts {job}")
        await asyncio.sleep(cost)
        done_log.append(job)
        q.task_done()
        print(f"t={loop.time()} {name} finished {job}, still queued {q.qsize()}")


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    done_log = []
    for i, cost in enumerate([1, 0.5, 2, 0.25, 1.5, 0.75]):
        q.put_nowait((f"job{i}", cost))
    workers = [asyncio.create_task(worker(f"w{n}", q, done_log)) for n in range(3)]
    print("queued", q.qsize(), "jobs; joining")
    await q.join()
    print(f"t={loop.time()} join returned, order {done_log}")
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print("workers:", [type(r).__name__ for r in results])
    empty = asyncio.Queue()
    await empty.join()
    print("join on a queue that never had items returns at once")


asyncio.run(main())
