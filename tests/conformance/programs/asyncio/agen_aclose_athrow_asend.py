import asyncio


async def counter(start):
    n = start
    try:
        while True:
            step = yield n
            await asyncio.sleep(0.5)
            if step is not None:
                n += step
            else:
                n += 1
    except ValueError as e:
        print(f"  counter got ValueError({e}) at {asyncio.get_running_loop().time()}, yielding -1")
        yield -1
    finally:
        print(f"  counter cleanup at {asyncio.get_running_loop().time()}")


async def main():
    gen = counter(10)
    print("first:", await gen.asend(None))
    print("asend(5):", await gen.asend(5))
    print("anext:", await anext(gen))
    print("athrow:", await gen.athrow(ValueError("reset")))
    await gen.aclose()
    print("closed at", asyncio.get_running_loop().time())
    try:
        await gen.asend(1)
    except StopAsyncIteration:
        print("asend after aclose: StopAsyncIteration")
    gen2 = counter(0)
    print("gen2 first:", await anext(gen2))
    try:
        await gen2.athrow(KeyError("boom"))
    except KeyError as e:
        print("athrow of an unhandled error propagates:", repr(e))
    try:
        await anext(gen2)
    except StopAsyncIteration:
        print("and the generator is finished")


asyncio.run(main())
