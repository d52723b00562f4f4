import asyncio


async def download(n, sem):
    async with sem:
        loop = asyncio.get_running_loop()
        print(f"t={loop.time()} start {n}")
        await asyncio.sleep(1 + n % 2)
        print(f"t={loop.time()} end {n}")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(download(n, sem) for n in range(6)))
    print("locked:", sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
