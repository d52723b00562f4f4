# args: --set 15:18=3 --set 16:18=0.5
import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at {time.strftime('%X')} (t={asyncio.get_running_loop().time()})")
    await asyncio.sleep(delay)
    print(f"done {what} at {time.strftime('%X')} (t={asyncio.get_running_loop().time()})")


async def main():
    print(f"started main at {time.strftime('%X')}")

    await worker(1, "order milk")
    await worker(2, "order bread")

    print(f"finished main at {time.strftime('%X')}")


asyncio.run(main())
