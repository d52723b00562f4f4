import asyncio
import time


async def print_numbers():
    for i in range(10):
        print(f"{time.strftime('%X')} {i}")
        await asyncio.sleep(1)


async def print_letters():
    for letter in "abcdefghij":
        print(f"{time.strftime('%X')} {letter}")
        await asyncio.sleep(1)


async def main():
    task1 = asyncio.create_task(print_numbers())
    task2 = asyncio.create_task(print_letters())

    await task1
    await task2


asyncio.run(main())
