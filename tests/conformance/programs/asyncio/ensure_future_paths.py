# ensure_future on every path: coroutines (with and without loop=), futures, awaitables, wrong
# types, a future of another loop; and no current loop after asyncio.run.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "awaited"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(work(1))
    print(type(t).__name__, await t)
    t2 = asyncio.ensure_future(work(2), loop=loop)
    print(await t2, asyncio.ensure_future(t2) is t2, asyncio.ensure_future(t2, loop=loop) is t2)
    f = loop.create_future()
    f.set_result(3)
    print(asyncio.ensure_future(f) is f, await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(f, loop=other)
    except ValueError as e:
        print("ValueError:", e)
    other.close()


asyncio.run(main())
try:
    asyncio.get_event_loop()  # asyncio.run ended with set_event_loop(None): none is made now
except RuntimeError as e:
    print("RuntimeError:", e)
