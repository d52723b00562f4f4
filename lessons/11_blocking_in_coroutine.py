import asyncio
import time


async def heartbeat():
    # should print every half second -- if the loop is free
    for i in range(6):
        print(f"{time.monotonic():.1f} s  heartbeat {i}")
        await asyncio.sleep(0.5)


async def slow_order(what):
    print(f"{time.monotonic():.1f} s  start {what}")
    # Mistake: time.sleep blocks the whole event loop.
    time.sleep(2)
    # The fix: comment out L15 and uncomment L17.
    # await asyncio.sleep(2)
    print(f"{time.monotonic():.1f} s  done {what}")


async def main():
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.5)
    await slow_order("order milk")
    await beat


asyncio.run(main())
