# args: --set 15:40=1.5 --set 16:40=1.5
import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at {time.strftime('%X')}")
    await asyncio.sleep(delay)
    print(f"done {what} at {time.strftime('%X')}")


async def main():
    print(f"started main at {time.strftime('%X')}")

    task1 = asyncio.create_task(worker(1, "order milk"))
    task2 = asyncio.create_task(worker(2, "order bread"))

    print("done scheduling tasks.")

    await task1
    await task2

    print(f"finished main at {time.strftime('%X')}")


asyncio.run(main())
