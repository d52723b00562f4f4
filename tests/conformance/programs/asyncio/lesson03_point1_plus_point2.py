import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at t={asyncio.get_running_loop().time()!r}")
    await asyncio.sleep(delay)
    print(f"done {what} at t={asyncio.get_running_loop().time()!r}")


async def main():
    print(f"started main at {time.strftime('%X')}")

    task1 = asyncio.create_task(worker(0.1 + 0.2, "order milk"))
    task2 = asyncio.create_task(worker(0.3, "order bread"))

    print("done scheduling tasks.")

    await task1
    await task2

    print(f"finished main at {time.strftime('%X')}")


asyncio.run(main())
