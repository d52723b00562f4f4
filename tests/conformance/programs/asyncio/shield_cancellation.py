import asyncio


async def important():
    print("important work starts")
    await asyncio.sleep(2)
    print("important work done")
    return 42


async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=1)
    except asyncio.TimeoutError:
        print("waiting timed out, inner cancelled?", inner.cancelled())
    print("result later:", await inner)
    outer = asyncio.shield(asyncio.sleep(1, "slept"))
    outer.cancel()
    await asyncio.sleep(0)
    print("outer cancelled:", outer.cancelled())
    await asyncio.sleep(2)
    print("end", asyncio.get_running_loop().time())


asyncio.run(main())
