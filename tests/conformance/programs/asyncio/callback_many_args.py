# Loop callbacks with more arguments than a handle keeps inline, and call_at's `when` as given.
import asyncio


def show(*args):
    print("called with", args)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(show)
    loop.call_soon(show, 1)
    loop.call_soon(show, 1, "two")
    loop.call_soon(show, 1, "two", [3], {"four": 4})
    h = loop.call_later(0.5, show, "a", "b", "c", "d", "e")
    print("pending:", h.cancelled(), round(h.when(), 3))
    big = loop.call_at(2**60, show, "never")
    print("when as given:", big.when(), type(big.when()).__name__)
    big.cancel()
    half = loop.call_at(1.25, show, *range(7))
    print(type(half.when()).__name__, half.when())
    await asyncio.sleep(2)
    print("done at", loop.time())


asyncio.run(main())
