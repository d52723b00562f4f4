import asyncio


class Countdown:
    def __init__(self, start, pause):
        self.current = start
        self.pause = pause

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.pause)
        self.current -= 1
        return self.current + 1


class Ticker:
    def __init__(self, n):
        self.n = n

    async def __aiter__(self):
        for i in range(self.n):
            await asyncio.sleep(1)
            yield f"tick {i}"


async def launch(name, start, pause):
    async for n in Countdown(start, pause):
        print(f"{name}: {n} at {asyncio.get_running_loop().time()}")
    print(f"{name}: liftoff!")


async def main():
    await asyncio.gather(launch("apollo", 3, 1), launch("gemini", 2, 1.5))
    async for tick in Ticker(2):
        print(tick, asyncio.get_running_loop().time())
    it = Countdown(1, 0.25)
    print(await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print("exhausted")


asyncio.run(main())
