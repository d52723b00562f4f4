import asyncio


async def download(size):
    got = 0
    try:
        while got < size:
            await asyncio.sleep(0.5)
            got += 10
        return f"complete {got}"
    except asyncio.CancelledError:
        print(f"cancelled at {asyncio.get_running_loop().time()} with {got} bytes; returning what we have")
        return f"partial {got}"


async def main():
    t = asyncio.create_task(download(100))
    await asyncio.sleep(1.75)
    print("cancel() says", t.cancel())
    result = await t
    print("result:", result)
    print("cancelled():", t.cancelled(), "done():", t.done(), "cancelling():", t.cancelling())
    t2 = asyncio.create_task(download(20))
    await asyncio.sleep(2)
    print("finished before cancel:", t2.result(), "cancel():", t2.cancel())
    try:
        async with asyncio.timeout(0.75):
            print("inside timeout:", await download(100))
        print("the timeout expired, but the CancelledError was swallowed: no TimeoutError")
    except TimeoutError:
        print("TimeoutError")
    print("end at", asyncio.get_running_loop().time())


asyncio.run(main())
