# compare: output-only
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"


async def main():
    coros = [fetch("a", 3), fetch("b", 1), fetch("c", 2), fetch("d", 0.5)]
    for next_done in asyncio.as_completed(coros):
        result = await next_done
        print(result, "at", asyncio.get_running_loop().time())
    try:
        for f in asyncio.as_completed([fetch("slow", 5), fetch("quick", 1)], timeout=2):
            print(await f)
    except asyncio.TimeoutError:
        print("as_completed timed out at", asyncio.get_running_loop().time())


asyncio.run(main())
