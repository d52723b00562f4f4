import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring cancellation")
    await asyncio.sleep(1)
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    t.cancel()
    print(await t, t.cancelled(), asyncio.get_running_loop().time())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(asyncio.CancelledError is asyncio.exceptions.CancelledError)


asyncio.run(main())
