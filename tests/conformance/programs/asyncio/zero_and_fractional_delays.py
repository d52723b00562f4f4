import asyncio


async def spinner(name, n):
    for i in range(n):
        print(name, i, asyncio.get_running_loop().time())
        await asyncio.sleep(0)


async def fractional(name, step, n):
    for i in range(n):
        await asyncio.sleep(step)
        print(name, i, repr(asyncio.get_running_loop().time()))


async def main():
    await asyncio.gather(spinner("a", 3), spinner("b", 3))
    await asyncio.gather(fractional("tenth", 0.1, 5), fractional("third", 1 / 3, 2), fractional("quarter", 0.25, 2))
    await asyncio.sleep(-1)
    print("negative sleep returns at", asyncio.get_running_loop().time())
    print(await asyncio.sleep(0.001, result="sleep result"))


asyncio.run(main())
