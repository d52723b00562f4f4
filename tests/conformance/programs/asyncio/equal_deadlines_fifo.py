import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke at", asyncio.get_running_loop().time())


async def main():
    tasks = [asyncio.create_task(sleeper(n, 1)) for n in ["first", "second", "third", "fourth"]]
    await asyncio.sleep(0.5)
    tasks.append(asyncio.create_task(sleeper("late-but-same-deadline", 0.5)))
    tasks.append(asyncio.create_task(sleeper("zero", 0)))
    await asyncio.gather(*tasks)
    loop = asyncio.get_running_loop()
    for label in "abc":
        loop.call_at(5.0, print, "call_at", label)
    loop.call_later(5.0 - loop.time(), print, "call_later same deadline")
    await asyncio.sleep(5.0 - loop.time())
    print("main woke at", loop.time())


asyncio.run(main())
