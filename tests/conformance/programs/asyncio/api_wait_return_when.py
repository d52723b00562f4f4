import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    specs = [("a", 1, False), ("b", 2, True), ("c", 3, False)]
    for mode in [asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED]:
        start = loop.time()
        tasks = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in specs]
        done, pending = await asyncio.wait(tasks, return_when=mode)
        print(f"{mode}: after {loop.time() - start} s done={names(done)} pending={names(pending)}")
        for t in tasks:
            if t in pending:
                t.cancel()
        await asyncio.wait(tasks)
        for t in tasks:
            if t.cancelled():
                print(f"  {t.get_name()} cancelled")
            elif t.exception() is not None:
                print(f"  {t.get_name()} raised {t.exception()}")
            else:
                print(f"  {t.get_name()} returned {t.result()}")
    # FIRST_EXCEPTION with no exception at all behaves like ALL_COMPLETED
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("x", 0.5), ("y", 0.25)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("no failures:", len(done), len(pending), "at", loop.time())


asyncio.run(main())
