import asyncio
import time


async def sleep_task(name, duration=5):
    for i in range(duration):
        await asyncio.sleep(1)
        print(f"{time.strftime('%X')} {name} slept {i + 1}")
    return {"name": name, "duration": duration}


async def join(tasks):
    # Cowait's join: a thin wrapper over asyncio.gather
    return await asyncio.gather(*tasks)


async def parallel():
    tasks = [sleep_task("A", duration=5), sleep_task("B", duration=5)]
    result = await join(tasks)
    print(f"{time.strftime('%X')} joined: {result}")
    return result


asyncio.run(parallel())
