# args: --set 18:40=2.5 --set 19:40=0.75
import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at {time.strftime('%X')}")
    await asyncio.sleep(delay)
    print(f"done {what} at {time.time()}")


async def main():
    print(f"started main at {time.strftime('%X')}")




    task1 = asyncio.create_task(worker(1, "order milk"))
    task2 = asyncio.create_task(worker(2, "order bread"))
    await task1
    await task2
    print(f"finished main at {time.time()}")


asyncio.run(main())
