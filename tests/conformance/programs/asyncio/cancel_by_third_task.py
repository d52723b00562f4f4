import asyncio


async def long_job():
    loop = asyncio.get_running_loop()
    try:
        print("long job starts at", loop.time())
        await asyncio.sleep(10)
        return "finished"
    except asyncio.CancelledError:
        print("long job cancelled at", loop.time())
        raise
    finally:
        print("long job cleans up")


async def supervisor(target, after):
    await asyncio.sleep(after)
    print("supervisor cancels the long job at", asyncio.get_running_loop().time())
    target.cancel("supervisor says stop")


async def main():
    job = asyncio.create_task(long_job(), name="long")
    asyncio.create_task(supervisor(job, 2), name="supervisor")
    try:
        await job
    except asyncio.CancelledError as e:
        # main was not cancelled itself: only the task it awaited
        print("main caught CancelledError", e.args, "main cancelling():", asyncio.current_task().cancelling())
    print("main carries on at", asyncio.get_running_loop().time())
    await asyncio.sleep(1)
    print("main done at", asyncio.get_running_loop().time())


asyncio.run(main())
