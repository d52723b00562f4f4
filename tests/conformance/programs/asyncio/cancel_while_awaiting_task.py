import asyncio


async def inner():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(5)
        return "inner done"
    except asyncio.CancelledError:
        print("inner cancelled at", loop.time())
        raise


async def outer(child):
    loop = asyncio.get_running_loop()
    try:
        return await child
    except asyncio.CancelledError:
        print("outer cancelled at", loop.time())
        raise


async def middle_with_coroutine():
    # awaiting a coroutine directly: the cancellation lands in inner() itself
    try:
        return await inner()
    except asyncio.CancelledError:
        print("middle saw the CancelledError come up from inner()")
        raise


async def main():
    child = asyncio.create_task(inner(), name="child")
    parent = asyncio.create_task(outer(child), name="parent")
    await asyncio.sleep(1)
    # cancelling the task that awaits another task cancels that task too
    parent.cancel()
    await asyncio.gather(parent, child, return_exceptions=True)
    print("parent cancelled:", parent.cancelled(), "child cancelled:", child.cancelled())
    m = asyncio.create_task(middle_with_coroutine())
    await asyncio.sleep(1)
    m.cancel()
    try:
        await m
    except asyncio.CancelledError:
        print("middle cancelled:", m.cancelled(), "at", asyncio.get_running_loop().time())


asyncio.run(main())
