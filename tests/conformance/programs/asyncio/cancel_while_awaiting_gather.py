import asyncio


async def part(name, delay):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished at {loop.time()}")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled at {loop.time()}")
        raise


async def assemble():
    try:
        return await asyncio.gather(part("wheels", 1), part("frame", 3), part("seat", 2))
    except asyncio.CancelledError:
        print("assemble: the gather was cancelled under me")
        raise
    finally:
        print("assemble: finally")


async def main():
    loop = asyncio.get_running_loop()
    job = asyncio.create_task(assemble())
    await asyncio.sleep(1.5)
    job.cancel()
    try:
        await job
    except asyncio.CancelledError:
        print("job cancelled at", loop.time(), job.cancelled())
    job2 = asyncio.create_task(assemble())
    await asyncio.sleep(4)
    print("uncancelled run gives", job2.result(), "at", loop.time())


asyncio.run(main())
