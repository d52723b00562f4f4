import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def main():
    print(asyncio.CancelledError is asyncio.exceptions.CancelledError)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(asyncio.TimeoutError is TimeoutError, asyncio.exceptions.TimeoutError is TimeoutError)
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
    print(issubclass(asyncio.InvalidStateError, Exception))
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("not reached: CancelledError is not an Exception")
    except asyncio.exceptions.CancelledError as e:
        print("caught", type(e).__name__, "args", e.args)
    try:
        async with asyncio.timeout(0.5):
            await sleeper()
    except Exception as e:
        print("TimeoutError is an Exception:", type(e).__name__, isinstance(e, OSError))
    try:
        raise asyncio.CancelledError("by hand")
    except BaseException as e:
        print("raised by hand:", repr(e))
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty repr:", repr(e))
    print("done at", asyncio.get_running_loop().time())


asyncio.run(main())
