import asyncio
import time


async def fetch(what, delay):
    print(f"t={time.monotonic():.1f} fetching {what}")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"t={time.monotonic():.1f} {what} gave up")
        raise
    print(f"t={time.monotonic():.1f} got {what}")
    return what


async def main():
    # 1. wait_for: one awaitable, one deadline
    try:
        result = await asyncio.wait_for(fetch("milk", 3), timeout=2)
        print(f"t={time.monotonic():.1f} result: {result}")
    except TimeoutError:
        print(f"t={time.monotonic():.1f} wait_for timed out")

    # 2. asyncio.timeout: a deadline for a whole block
    try:
        async with asyncio.timeout(2.5):
            await fetch("bread", 1)
            await fetch("eggs", 1)
            await fetch("jam", 1)
    except TimeoutError:
        print(f"t={time.monotonic():.1f} the block timed out")


asyncio.run(main())
