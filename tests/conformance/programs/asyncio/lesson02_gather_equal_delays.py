import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at {time.strftime('%X')}")
    await asyncio.sleep(delay)
    print(f"done {what} at {time.strftime('%X')}")
    return what


async def main():
    print(f"started main at {time.strftime('%X')}")

    results = await asyncio.gather(worker(2, "order milk"), worker(2, "order bread"), worker(2, "order eggs"))

    print(f"gather returned {results}")
    print(f"finished main at {time.strftime('%X')}, loop time {asyncio.get_running_loop().time()}")


asyncio.run(main())
