import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(worker(n, d), name=n) for n, d in [("slow", 3), ("fast", 1), ("mid", 2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done), "pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=0.5)
    print("after timeout:", len(done), len(pending), asyncio.get_running_loop().time())
    done, pending = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print("rest:", sorted(t.result() for t in done), len(pending), asyncio.get_running_loop().time())


asyncio.run(main())
