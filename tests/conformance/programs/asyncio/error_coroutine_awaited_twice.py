import asyncio


async def fetch():
    await asyncio.sleep(1)
    return "data"


async def main():
    coro = fetch()
    print("first await:", await coro, "at", asyncio.get_running_loop().time())
    task = asyncio.create_task(fetch())
    print("a task can be awaited again and again:", await task, await task)
    print("a coroutine cannot:")
    print(await coro)


asyncio.run(main())
