import asyncio
import time


async def main():
    # Using asyncio.create_task() method to create a task
    task1 = asyncio.create_task(foo('task 1'))
    task2 = asyncio.create_task(foo('task 2'))
    print(f"started at {time.strftime('%X')}")
    # Wait until both tasks are completed
    await task1
    await task2
    print(f"finished at {time.strftime('%X')}")


async def foo(text):
    print(text)
    await asyncio.sleep(1)


asyncio.run(main())
