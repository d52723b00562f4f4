import asyncio


async def worker(name):
    print(f"{name} started")
    try:
        await asyncio.sleep(1)
    finally:
        print(f"{name} finally block")
    print(f"{name} finished")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(worker("early"))
    print("cancel before it ever ran:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        # the coroutine never started: no "started", no "finally block"
        print("early cancelled:", t.cancelled(), "at", loop.time())
    t2 = asyncio.create_task(worker("second"))
    await asyncio.sleep(0)
    print("cancel after its first step:", t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print("second cancelled:", t2.cancelled(), "at", loop.time())
    t3 = asyncio.create_task(worker("third"))
    t3.cancel()
    t3.cancel()
    await asyncio.sleep(0)
    print("cancelled twice before running:", t3.cancelled(), t3.cancelling())


asyncio.run(main())
