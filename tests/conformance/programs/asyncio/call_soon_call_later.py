import asyncio


def report(label, loop):
    print(f"{label} at {loop.time()}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(2, report, "call_later 2", loop)
    loop.call_later(1, report, "call_later 1", loop)
    loop.call_at(loop.time() + 1.5, report, "call_at 1.5", loop)
    loop.call_soon(report, "call_soon A", loop)
    loop.call_soon(report, "call_soon B", loop)
    handle = loop.call_later(1.2, report, "cancelled handle", loop)
    handle.cancel()
    print("scheduled; cancelled?", handle.cancelled())
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(3)
    print("main done at", loop.time())


asyncio.run(main())
