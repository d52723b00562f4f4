import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    print(f"  value {v} ready at {asyncio.get_running_loop().time()}")
    return v


async def main():
    loop = asyncio.get_running_loop()
    done1 = asyncio.create_task(value("x", 0))
    done2 = asyncio.create_task(value("y", 0.5))
    await asyncio.sleep(1)
    print("both done before gather:", done1.done(), done2.done())
    print("gather of done tasks:", await asyncio.gather(done1, done2), "at", loop.time())
    print("same task twice:", await asyncio.gather(done1, done1))
    tree = await asyncio.gather(
        value(1, 0.5),
        asyncio.gather(value(2, 0.25), asyncio.gather(value(3, 1), value(4, 0.75))),
        asyncio.gather(),
    )
    print("nested:", tree, "at", loop.time())
    inner = asyncio.gather(value("i1", 0.5), value("i2", 0.25))
    outer = asyncio.gather(inner, value("o", 0.1))
    print("outer:", await outer, "inner done?", inner.done(), inner.result())


asyncio.run(main())
