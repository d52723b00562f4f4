import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at {time.strftime('%X')}")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"cancelled {what} at {time.strftime('%X')}")
        raise
    print(f"done {what} at {time.strftime('%X')}")


async def out_of_stock(delay, what):
    await asyncio.sleep(delay)
    print(f"failed {what} at {time.strftime('%X')}")
    raise ValueError(f"{what}: out of stock")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(1, "order milk"))
            tg.create_task(worker(2, "order bread"))
            # tg.create_task(out_of_stock(1.5, "order eggs"))
            print("scheduling done")
        # leaving the block awaits every task of the group
    except ExceptionGroup as eg:
        for exc in eg.exceptions:
            print(f"the TaskGroup raised: {exc!r}")
    print(f"Done. at {time.strftime('%X')}")


asyncio.run(main())
