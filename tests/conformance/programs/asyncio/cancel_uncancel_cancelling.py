import asyncio


async def resilient():
    me = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
            print(f"attempt {attempt} completed at {asyncio.get_running_loop().time()}")
        except asyncio.CancelledError:
            print(f"attempt {attempt} cancelled; cancelling() = {me.cancelling()}")
            left = me.uncancel()
            print(f"  uncancel() -> {left}, carrying on")
    return "survived"


async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0.5)
    t.cancel()
    print("after one cancel():", t.cancelling())
    await asyncio.sleep(1)
    t.cancel()
    t.cancel()
    print("after two more cancel() calls:", t.cancelling())
    print(await t, "cancelled?", t.cancelled(), "cancelling:", t.cancelling())
    me = asyncio.current_task()
    print("main cancelling:", me.cancelling(), "uncancel on 0:", me.uncancel())


asyncio.run(main())
