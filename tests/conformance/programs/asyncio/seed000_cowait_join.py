import asyncio


async def Sleep(duration: int = 5):
    for i in range(duration):
        await asyncio.sleep(1)  # blocking
        print("slept", i + 1)

    return {
        "duration": duration,
    }


async def join(tasks):
    return await asyncio.gather(*tasks)


async def Parallel():
    tasks = [Sleep(duration=5), Sleep(duration=5)]

    result = await join(tasks)

    return result


print(asyncio.run(Parallel()))
