import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        print(f"{name} raises at {asyncio.get_running_loop().time()}")
        raise ValueError(f"{name} broke")
    print(f"{name} finished at {asyncio.get_running_loop().time()}")
    return name


async def main():
    loop = asyncio.get_running_loop()
    slow = asyncio.create_task(job("slow", 3))
    try:
        await asyncio.gather(job("quick", 0.5), job("bad", 1, fail=True), slow)
    except ValueError as e:
        print("gather raised", repr(e), "at", loop.time())
    # unlike TaskGroup, gather does not cancel the others
    print("slow still running?", not slow.done())
    print("slow result:", await slow, "at", loop.time())
    results = await asyncio.gather(job("p", 0.5), job("q", 0.25, fail=True), job("r", 0), return_exceptions=True)
    print([type(r).__name__ + ":" + str(r) for r in results])


asyncio.run(main())
