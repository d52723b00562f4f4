import asyncio


async def level3(x):
    await asyncio.sleep(0.5)
    return x + 1


async def level2(x):
    y = await level3(x)
    await asyncio.sleep(0.5)
    return y * 2


async def level1(x):
    results = []
    for i in range(x):
        results.append(await level2(i))
    return results


async def main():
    print(await level1(3), asyncio.get_running_loop().time())
    t1 = asyncio.create_task(level1(2))
    t2 = asyncio.create_task(level1(2))
    print(await t1, await t2, asyncio.get_running_loop().time())
    coro = level3(10)
    print(type(coro).__name__)
    print(await coro)


asyncio.run(main())
