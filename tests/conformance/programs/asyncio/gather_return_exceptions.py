import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return f"{name} ok"


async def main():
    results = await asyncio.gather(job("a", 2), job("b", 1, fail=True), job("c", 0.5), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    try:
        await asyncio.gather(job("d", 1), job("e", 0.25, fail=True))
    except ValueError as e:
        print("gather raised:", e, "at", asyncio.get_running_loop().time())
    await asyncio.sleep(2)
    print("empty gather:", await asyncio.gather())
    print("end at", asyncio.get_running_loop().time())


asyncio.run(main())
