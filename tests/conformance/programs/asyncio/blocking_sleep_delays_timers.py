import asyncio
import time


async def heartbeat(n):
    loop = asyncio.get_running_loop()
    for i in range(n):
        await asyncio.sleep(0.5)
        print(f"  heartbeat {i} at {loop.time()} ({time.strftime('%X')})")


async def greedy():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.25)
    print(f"greedy blocks the whole loop at {loop.time()}")
    time.sleep(2)
    print(f"greedy lets go at {loop.time()}")
    await asyncio.sleep(0)
    print(f"greedy blocks again at {loop.time()}")
    time.sleep(0.3)
    await asyncio.sleep(1)
    print(f"greedy done at {loop.time()}")


def late_timer(loop):
    print(f"  timer due at 1.0 fired at {loop.time()}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, late_timer, loop)
    await asyncio.gather(heartbeat(6), greedy())
    print("total", loop.time(), "s; time.time() =", time.time(), "monotonic =", time.monotonic())


asyncio.run(main())
