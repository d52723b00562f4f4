import asyncio
import time


async def worker(delay, what):
    print(f"  started {what} at {time.strftime('%X')}")
    await asyncio.sleep(delay)
    print(f"  done {what} at {time.strftime('%X')}")


async def main():
    loop = asyncio.get_running_loop()

    print(f"sequential, starting at {time.strftime('%X')}")
    start = loop.time()
    await worker(1, "order milk")
    await worker(2, "order bread")
    print(f"sequential took {loop.time() - start} s")

    print(f"gather, starting at {time.strftime('%X')}")
    start = loop.time()
    await asyncio.gather(worker(1, "order milk"), worker(2, "order bread"))
    print(f"gather took {loop.time() - start} s")

    print(f"gather with the longer job first, starting at {time.strftime('%X')}")
    start = loop.time()
    await asyncio.gather(worker(2, "order bread"), worker(1, "order milk"))
    print(f"took {loop.time() - start} s")


asyncio.run(main())
