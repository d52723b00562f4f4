import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    return v


async def main():
    t = asyncio.create_task(value("early", 0))
    await asyncio.sleep(1)
    print(await asyncio.wait_for(t, timeout=0.1))
    nested = await asyncio.gather(
        asyncio.gather(value(1, 1), value(2, 0.5)),
        value(3, 0.75),
        asyncio.gather(value(4, 0.25), asyncio.gather(value(5, 1.5))),
    )
    print(nested, asyncio.get_running_loop().time())
    try:
        await asyncio.wait_for(value("late", 1), timeout=0)
    except asyncio.TimeoutError:
        print("timeout=0 times out at once:", asyncio.get_running_loop().time())


asyncio.run(main())
