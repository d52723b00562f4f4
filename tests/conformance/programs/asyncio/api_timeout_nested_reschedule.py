import asyncio


async def main():
    loop = asyncio.get_running_loop()
    # the inner timeout fires first and is caught inside the outer one
    async with asyncio.timeout(5) as outer:
        try:
            async with asyncio.timeout(1) as inner:
                await asyncio.sleep(3)
        except TimeoutError:
            print("inner expired at", loop.time(), inner.expired(), "outer expired?", outer.expired())
        await asyncio.sleep(1)
    print("outer block left at", loop.time(), "expired?", outer.expired())
    # the outer timeout fires first: the inner block sees a CancelledError, the outer a TimeoutError
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(10):
                    await asyncio.sleep(3)
            except asyncio.CancelledError:
                print("inner block cancelled at", loop.time())
                raise
    except TimeoutError:
        print("outer TimeoutError at", loop.time())
    # pushing a deadline back while waiting
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.5)
        cm.reschedule(loop.time() + 2)
        print("rescheduled to", cm.when())
        await asyncio.sleep(1.5)
    print("survived thanks to reschedule at", loop.time())
    # no deadline, then one in the past
    try:
        async with asyncio.timeout(None) as cm:
            print("when() with no deadline:", cm.when())
            await asyncio.sleep(1)
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("deadline in the past expires at once, at", loop.time(), cm.expired())
    async with asyncio.timeout(2) as cm:
        pass
    print("unused timeout expired?", cm.expired())


asyncio.run(main())
