import asyncio


async def worker():
    print("worker starts")
    await asyncio.sleep(1)
    raise RuntimeError("stop here")


async def main():
    task = asyncio.create_task(worker())
    print("main waits")
    await task
    print("never")


asyncio.run(main())
