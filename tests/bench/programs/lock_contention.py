# Lock contention: 1,000 workers taking one lock 100 times each, with a little sleep inside.
import asyncio

WORKERS = 1000
TIMES = 100


async def worker(lock, shared, n):
    for i in range(TIMES):
        async with lock:
            value = shared[0]
            await asyncio.sleep(0)
            shared[0] = value + 1


async def main():
    lock = asyncio.Lock()
    shared = [0]
    await asyncio.gather(*[worker(lock, shared, n) for n in range(WORKERS)])
    print("count", shared[0], "t", asyncio.get_running_loop().time())


asyncio.run(main())
