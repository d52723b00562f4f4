import asyncio


async def ok():
    await asyncio.sleep(1)
    return "fine"


async def broken():
    await asyncio.sleep(0.5)
    raise LookupError("nothing here")


async def main():
    good = asyncio.create_task(ok())
    bad = asyncio.create_task(broken())
    try:
        good.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(2)
    print(good.done(), good.result(), good.exception())
    print(bad.done(), type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except LookupError as e:
        print("result() re-raises:", e)
    try:
        await bad
    except LookupError as e:
        print("await re-raises:", e)


asyncio.run(main())
