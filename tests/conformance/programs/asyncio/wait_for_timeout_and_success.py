import asyncio


async def slow(label, delay):
    try:
        await asyncio.sleep(delay)
        return f"{label} finished"
    except asyncio.CancelledError:
        print(f"{label} was cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    print(await asyncio.wait_for(slow("quick", 1), timeout=2))
    try:
        await asyncio.wait_for(slow("sluggish", 10), timeout=1.5)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, e.__class__ is TimeoutError)
    print(await asyncio.wait_for(slow("no timeout", 0.25), timeout=None))
    print("now", asyncio.get_running_loop().time())


asyncio.run(main())
