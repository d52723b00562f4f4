import asyncio


class Delay:
    """An awaitable object: await Delay(s) sleeps s seconds and returns a message."""

    def __init__(self, seconds):
        self.seconds = seconds

    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return f"waited {self.seconds}"


class Signal:
    """Awaiting a Signal waits on a future that someone else resolves."""

    def __init__(self):
        self.fut = asyncio.get_running_loop().create_future()

    def fire(self, value):
        self.fut.set_result(value)

    def __await__(self):
        value = yield from self.fut
        return f"signal carried {value}"


async def main():
    loop = asyncio.get_running_loop()
    print(await Delay(1), "at", loop.time())
    print(await asyncio.gather(Delay(0.5), Delay(0.25)), "at", loop.time())
    sig = Signal()
    loop.call_later(2, sig.fire, "hello")
    print(await sig, "at", loop.time())
    task = asyncio.ensure_future(Delay(0.75))
    print("ensure_future wraps it in a task:", await task, "at", loop.time())
    print(await asyncio.wait_for(Delay(0.1), timeout=1), "at", round(loop.time(), 6))


asyncio.run(main())
