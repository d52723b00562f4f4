import asyncio


async def slow(label, delay, cleanup=0):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(delay)
        return f"{label} finished at {loop.time()}"
    except asyncio.CancelledError:
        print(f"{label} cancelled at {loop.time()}, cleaning up for {cleanup} s")
        await asyncio.sleep(cleanup)
        print(f"{label} cleanup done at {loop.time()}")
        raise


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(slow("in time", 1), timeout=1.5))
    try:
        await asyncio.wait_for(slow("too slow", 5, cleanup=0.5), timeout=2)
    except asyncio.TimeoutError:
        # wait_for waits for the cancelled inner task to finish its cleanup
        print("TimeoutError seen at", loop.time())
    print(await asyncio.wait_for(slow("no limit", 3), timeout=None))
    try:
        await asyncio.wait_for(slow("zero", 1), timeout=0)
    except TimeoutError:
        print("timeout=0 raised at", loop.time())
    done = asyncio.create_task(slow("already", 0))
    await asyncio.sleep(0.1)
    print("timeout=0 on a done task:", await asyncio.wait_for(done, timeout=0))
    try:
        await asyncio.wait_for(slow("negative", 1), timeout=-1)
    except TimeoutError:
        print("negative timeout raised at", loop.time())
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
