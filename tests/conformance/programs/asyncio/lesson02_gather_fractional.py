# args: --set 15:33=0.25 --set 15:58=0.75
import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at t={asyncio.get_running_loop().time()}")
    await asyncio.sleep(delay)
    print(f"done {what} at t={asyncio.get_running_loop().time()}")


async def main():
    print(f"started main at {time.strftime('%X')}")

    await asyncio.gather(worker(1, "order milk"), worker(2, "order bread"))

    print(f"finished main at t={asyncio.get_running_loop().time()}")


asyncio.run(main())
