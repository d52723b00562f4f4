import asyncio


async def worker(n, delay, fail=False):
    try:
        print(f"worker {n} start")
        await asyncio.sleep(delay)
        if fail:
            raise KeyError(f"w{n}")
        print(f"worker {n} done")
        return n
    except asyncio.CancelledError:
        print(f"worker {n} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(worker(1, 1))
            tg.create_task(worker(2, 2, fail=True))
            tg.create_task(worker(3, 3))
            tg.create_task(worker(4, 2, fail=True))
    except* KeyError as eg:
        print("KeyErrors:", sorted(str(e) for e in eg.exceptions))
    print("t1 result", t1.result(), "at", asyncio.get_running_loop().time())
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(n, n / 4)) for n in range(5, 8)]
    print([t.result() for t in tasks])


asyncio.run(main())
