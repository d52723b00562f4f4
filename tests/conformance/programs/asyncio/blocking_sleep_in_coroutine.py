import asyncio
import time


async def blocker(name):
    print(f"{name} blocks at {time.strftime('%X')}")
    time.sleep(2)
    print(f"{name} unblocked at {time.strftime('%X')}")
    await asyncio.sleep(1)
    print(f"{name} finished at {time.strftime('%X')}")


async def polite(name):
    print(f"{name} starts at {time.strftime('%X')}")
    await asyncio.sleep(1)
    print(f"{name} finished at {time.strftime('%X')}")


async def main():
    start = time.perf_counter()
    await asyncio.gather(blocker("b1"), polite("p1"), blocker("b2"))
    print(f"took {time.perf_counter() - start:.1f} s, loop time {asyncio.get_running_loop().time()}")


asyncio.run(main())
