import asyncio


async def inner():
    await asyncio.sleep(1)
    return "inner result"


async def main():
    print("main is running at", asyncio.get_running_loop().time())
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    # the coroutine was never started: close it so nothing warns later
    coro.close()
    print("the right way:", await inner(), "at", asyncio.get_running_loop().time())
    try:
        asyncio.run(123)
    except RuntimeError as e:
        print("even with a non-coroutine the running loop is checked first:", e)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1, fut.set_result, "never used")
    print("and run_until_complete on the running loop is refused too:")
    loop.run_until_complete(fut)


asyncio.run(main())
