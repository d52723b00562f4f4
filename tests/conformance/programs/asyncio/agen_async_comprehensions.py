import asyncio


async def readings(n, delay):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await asyncio.sleep(delay)
        yield i, round(loop.time(), 3)


async def double(x):
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    print([i async for i, t in readings(4, 0.25)], "at", loop.time())
    print([i async for i, t in readings(6, 0.1) if i % 2 == 0], "at", round(loop.time(), 6))
    print({i: t async for i, t in readings(3, 0.5)})
    print({i % 2 async for i, t in readings(4, 0)})
    print([await double(x) for x in range(3)], "at", round(loop.time(), 6))
    print([await double(i) async for i, t in readings(2, 0.25)], "at", round(loop.time(), 6))
    total = sum([i async for i, t in readings(5, 0)])
    print("sum", total, "at", round(loop.time(), 6))


asyncio.run(main())
