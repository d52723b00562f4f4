import asyncio


async def waiter(fut):
    print("waiting for a result that never comes")
    return await fut


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(1)
    print("main awaits the waiter")
    await task
    print("unreachable")


asyncio.run(main())
