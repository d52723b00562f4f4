import asyncio
import time


async def printing(task, text):
    while True:
        print(f"t={time.monotonic():.1f} {task} {text}")
        try:
            await asyncio.sleep(0.5)
        except asyncio.CancelledError:
            print(f"t={time.monotonic():.1f} {task} cancelled")
            break


async def main():
    try:
        await asyncio.wait_for(
            asyncio.gather(
                printing("A", "Message"),
                printing("B", "Calling"),
                printing("C", "Meeting"),
            ),
            3,
        )
    except asyncio.TimeoutError:
        print(f"t={time.monotonic():.1f} Time over")


asyncio.run(main())
