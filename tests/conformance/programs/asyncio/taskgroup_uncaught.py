import asyncio


async def fail_after(delay):
    await asyncio.sleep(delay)
    raise RuntimeError("stop here")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail_after(1))
        tg.create_task(asyncio.sleep(5))
    print("not reached")


asyncio.run(main())
