import asyncio
import time


async def worker(delay, what):
    print(f"started {what} at {time.strftime('%X')}")
    # the order takes `delay` seconds; meanwhile the loop is free
    await asyncio.sleep(delay)
    print(f"done {what} at {time.strftime('%X')}")

async def main():
    await worker(1, "order milk")
    await worker(2, "order bread")
    # Variant "gather": comment out L12-13 and uncomment L18.
    # asyncio.gather() wraps both coroutines in tasks, schedules
    # them, then waits for both -- so the two sleeps overlap.

    # await asyncio.gather(worker(1, "order milk"), worker(2, "order bread"))

asyncio.run(main())
