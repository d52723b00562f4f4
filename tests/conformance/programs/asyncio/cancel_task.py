import asyncio


async def ticker(name):
    count = 0
    try:
        while True:
            await asyncio.sleep(0.5)
            count += 1
            print(name, "tick", count)
    except asyncio.CancelledError:
        print(name, "cancelled after", count, "ticks")
        raise
    finally:
        print(name, "cleanup")


async def main():
    t = asyncio.create_task(ticker("t1"))
    await asyncio.sleep(1.75)
    print("cancel returns", t.cancel())
    print("done right after cancel?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting it raised CancelledError")
    print(t.done(), t.cancelled(), t.cancel())
    t2 = asyncio.create_task(ticker("t2"))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled before it ran:", t2.cancelled())
    try:
        t2.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")


asyncio.run(main())
