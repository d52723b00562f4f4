import asyncio


async def job(path, delay, fail=False):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{path} cancelled at {loop.time()}")
        raise
    if fail:
        raise RuntimeError(f"{path} failed")
    print(f"{path} done at {loop.time()}")


async def section(name, fail_at=None):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(f"{name}/1", 1))
        tg.create_task(job(f"{name}/2", 2, fail=(fail_at == 2)))
    print(f"section {name} complete at {asyncio.get_running_loop().time()}")


async def main():
    async with asyncio.TaskGroup() as outer:
        outer.create_task(section("A"))
        outer.create_task(section("B"))
    print("all sections complete at", asyncio.get_running_loop().time())
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(section("C", fail_at=2))
            outer.create_task(job("D", 5))
    except* RuntimeError as eg:
        # the inner group's ExceptionGroup is nested inside the outer one
        inner = eg.exceptions[0]
        print(type(inner).__name__, [str(e) for e in inner.exceptions])
    print("end at", asyncio.get_running_loop().time())


asyncio.run(main())
