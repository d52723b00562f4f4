import asyncio


async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished at {asyncio.get_running_loop().time()}")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        raise


async def main():
    loop = asyncio.get_running_loop()
    group = asyncio.gather(worker("a", 1), worker("b", 3), worker("c", 5))
    await asyncio.sleep(2)
    print("cancelling the gather:", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("awaiting the gather raised CancelledError at", loop.time())
    print("gather cancelled?", group.cancelled())
    # cancelling one child only: the gather reports that child's CancelledError
    t1 = asyncio.create_task(worker("d", 1))
    t2 = asyncio.create_task(worker("e", 2))
    g2 = asyncio.gather(t1, t2)
    await asyncio.sleep(0.5)
    t2.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("gather saw a cancelled child at", loop.time(), "t1 done?", t1.done())
    await t1
    print("t1 result", t1.result(), "at", loop.time())
    g3 = asyncio.gather(worker("f", 1), worker("g", 1), return_exceptions=True)
    await asyncio.sleep(0)
    g3.cancel()
    try:
        print(await g3)
    except asyncio.CancelledError:
        print("cancelling a return_exceptions gather still raises CancelledError")


asyncio.run(main())
