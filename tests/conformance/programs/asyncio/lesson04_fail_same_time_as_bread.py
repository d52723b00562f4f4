# args: --set 25:35=3
import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at {time.strftime('%X')}")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"cancelled {what} at {asyncio.get_running_loop().time()}")
        raise
    if what == "order eggs":
        print(f"{what} fails at {asyncio.get_running_loop().time()}")
        raise ValueError(f"no {what.split()[1]} left")
    print(f"done {what} at {asyncio.get_running_loop().time()}")


async def main():
    print(f"started main at {time.strftime('%X')}")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(1, "order milk"))
            tg.create_task(worker(3, "order bread"))
            tg.create_task(worker(2, "order eggs"))
            print("scheduling done")
    except* ValueError as eg:
        for e in eg.exceptions:
            print(f"failed: {e}")
    print(f"Done. at {asyncio.get_running_loop().time()}")


asyncio.run(main())
