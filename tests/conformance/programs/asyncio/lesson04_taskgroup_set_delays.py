# args: --set 16:31=3 --set 17:31=0.5
import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at {time.strftime('%X')}")
    await asyncio.sleep(delay)
    print(f"done {what} at {asyncio.get_running_loop().time()}")


async def main():
    print(f"started main at {time.strftime('%X')}")

    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(1, "order milk"))
        tg.create_task(worker(2, "order bread"))
        print("scheduling done")

    print(f"Done. at {asyncio.get_running_loop().time()}")


asyncio.run(main())
