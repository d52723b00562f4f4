import asyncio


async def janitor():
    loop = asyncio.get_running_loop()
    try:
        try:
            while True:
                await asyncio.sleep(0.75)
                print("janitor sweeps at", loop.time())
        finally:
            print("janitor: inner finally at", loop.time())
            await asyncio.sleep(0.5)
            print("janitor: put the broom away at", loop.time())
    except asyncio.CancelledError:
        print("janitor: CancelledError reached the outer handler")
        raise
    finally:
        print("janitor: outer finally")


async def short_job():
    try:
        await asyncio.sleep(1)
        print("short job done")
    finally:
        print("short job finally (normal exit)")


async def main():
    asyncio.create_task(janitor())
    await short_job()
    await asyncio.sleep(1)
    print("main returns at", asyncio.get_running_loop().time())


asyncio.run(main())
print("after asyncio.run")
