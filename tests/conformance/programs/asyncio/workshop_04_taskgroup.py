import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at {time.strftime('%X')}")
    await asyncio.sleep(delay)
    print(f"done {what} at {time.strftime('%X')}")


async def main():
    print(f"started main at {time.strftime('%X')}")

    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(1, "order milk"))
        tg.create_task(worker(2, "order bread"))
        print("scheduling done")

    print(f"Done. at {time.strftime('%X')}")


asyncio.run(main())
