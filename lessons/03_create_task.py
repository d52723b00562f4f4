import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at {time.strftime('%X')}")
    # the order takes `delay` seconds; the task is busy until then
    await asyncio.sleep(delay)
    print(f"done {what} at {time.strftime('%X')}")


async def main():
    print(f"started main at {time.strftime('%X')}")

    # create_task wraps each coroutine in a Task and schedules it
    task1 = asyncio.create_task(worker(1, "order milk"))
    task2 = asyncio.create_task(worker(2, "order bread"))

    print("done scheduling tasks.")

    await task1
    await task2

    print(f"finished main at {time.strftime('%X')}")


asyncio.run(main())
