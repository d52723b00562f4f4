import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at {time.strftime('%X')}")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"cancelled {what} at {asyncio.get_running_loop().time()}")
        raise
    print(f"done {what} at {asyncio.get_running_loop().time()}")


async def main():
    print(f"started main at {time.strftime('%X')}")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(1, "order milk"))
            tg.create_task(worker(2, "order bread"))
            print("scheduling done")
            await asyncio.sleep(1.5)
            print(f"the body itself fails at {asyncio.get_running_loop().time()}")
            raise KeyError("basket")
    except* KeyError as eg:
        print("caught", [repr(e) for e in eg.exceptions])
    print(f"Done. at {asyncio.get_running_loop().time()}")


asyncio.run(main())
