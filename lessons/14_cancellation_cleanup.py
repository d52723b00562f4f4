import asyncio
import time


async def bake(what):
    print(f"t={time.monotonic():.1f} oven on for {what}")
    try:
        for minute in range(1, 6):
            await asyncio.sleep(1)
            print(f"t={time.monotonic():.1f} {what}: {minute} min")
        return f"{what} baked"
    except asyncio.CancelledError:
        print(f"t={time.monotonic():.1f} {what}: cancelled!")
        raise  # re-raise so the task really ends cancelled
    finally:
        print(f"t={time.monotonic():.1f} oven off for {what}")


async def main():
    task = asyncio.create_task(bake("bread"))
    await asyncio.sleep(2.5)
    task.cancel()
    try:
        result = await task
        print(f"t={time.monotonic():.1f} result: {result}")
    except asyncio.CancelledError:
        print(f"t={time.monotonic():.1f} main saw CancelledError")
    print(f"cancelled: {task.cancelled()}")


asyncio.run(main())
