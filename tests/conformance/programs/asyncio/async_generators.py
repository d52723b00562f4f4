import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i, asyncio.get_running_loop().time()


async def squares(source):
    async for i, t in source:
        yield i * i


async def main():
    async for i, t in ticker(3, 0.5):
        print("tick", i, t)
    print([x async for x in squares(ticker(4, 0.25))])
    gen = ticker(10, 1)
    print(await gen.__anext__())
    print(await anext(gen))
    await gen.aclose()
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    print(await anext(ticker(0, 1), "default"))


asyncio.run(main())
