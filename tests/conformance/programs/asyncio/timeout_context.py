import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2):
            print("sleeping 5 at", loop.time())
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out at", loop.time())
    async with asyncio.timeout(3) as cm:
        await asyncio.sleep(1)
        print("inside, expired:", cm.expired(), "deadline", cm.when())
    print("finished in time at", loop.time())
    try:
        async with asyncio.timeout_at(loop.time() + 0.5):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired at", loop.time())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 0.25)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled inside rescheduled timeout")
            raise
    print("never reached")


try:
    asyncio.run(main())
except TimeoutError:
    print("TimeoutError escaped asyncio.run")
