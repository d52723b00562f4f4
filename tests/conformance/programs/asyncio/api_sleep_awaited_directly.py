import asyncio


async def show(label, coro):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        value = await coro
        print(label, "->", repr(value), "after", round(loop.time() - start, 6))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


async def sleeps_directly():
    loop = asyncio.get_running_loop()
    print("positional result:", await asyncio.sleep(0.5, "half"), loop.time())
    print("zero, positional result:", await asyncio.sleep(0, "zero"), loop.time())
    print("negative:", await asyncio.sleep(-3, ["neg"]), loop.time())
    print("True:", await asyncio.sleep(True, "bool"), loop.time())
    print("False:", await asyncio.sleep(False), loop.time())
    print("keywords:", await asyncio.sleep(delay=0.25, result="kw"), loop.time())
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("str delay:", e)
    try:
        await asyncio.sleep(None)
    except TypeError as e:
        print("None delay:", e)
    try:
        await asyncio.sleep()
    except TypeError as e:
        print("no delay:", e)
    try:
        await asyncio.sleep(1, 2, 3)
    except TypeError as e:
        print("three args:", e)
    s = asyncio.sleep
    print("alias:", await s(0.125, "alias"), loop.time())
    coro = asyncio.sleep(0.125, "kept")
    print("kept coroutine:", type(coro).__name__, await coro, loop.time())


async def sleeper_cancelled():
    try:
        await asyncio.sleep(10, "late")
    finally:
        print("sleeper cleans up at", asyncio.get_running_loop().time())


async def zero_sleeper_cancelled():
    try:
        spins = 0
        while True:
            spins += 1
            print("spin", spins, await asyncio.sleep(0, "spin"))
    finally:
        print("zero sleeper cleans up at", asyncio.get_running_loop().time())


async def main():
    await sleeps_directly()
    t = asyncio.create_task(sleeper_cancelled())
    z = asyncio.create_task(zero_sleeper_cancelled())
    for _ in range(3):
        await asyncio.sleep(0)
    z.cancel()
    await asyncio.sleep(1)
    t.cancel("stop")
    for task in (t, z):
        try:
            await task
        except asyncio.CancelledError as e:
            print("cancelled:", e.args)
    await show("wait_for timeout", asyncio.wait_for(asyncio.sleep(5, "slow"), 0.5))
    await show("wait_for in time", asyncio.wait_for(asyncio.sleep(0.25, "fast"), 0.5))

    real_sleep = asyncio.sleep

    async def patched(delay, result=None):
        print("patched sleep", delay)
        return await real_sleep(delay, result)

    asyncio.sleep = patched
    print("patched:", await asyncio.sleep(0.5, "p"))
    asyncio.sleep = real_sleep
    print("restored:", await asyncio.sleep(0.5, "r"))
    print("end", asyncio.get_running_loop().time())


asyncio.run(main())
