import asyncio


async def slow_sum(numbers):
    total = 0
    for n in numbers:
        await asyncio.sleep(0.5)
        total += n
    return total


async def main():
    task = asyncio.create_task(slow_sum([1, 2, 3]))
    await asyncio.sleep(1)
    print("done yet?", task.done(), "at", asyncio.get_running_loop().time())
    print("asking for the result too early...")
    print(task.result())


asyncio.run(main())
