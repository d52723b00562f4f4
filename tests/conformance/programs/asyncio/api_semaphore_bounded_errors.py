import asyncio


async def download(sem, name, seconds, log):
    loop = asyncio.get_running_loop()
    async with sem:
        log.append(f"t={loop.time()} {name} starts")
        await asyncio.sleep(seconds)
        log.append(f"t={loop.time()} {name} ends")


async def main():
    log = []
    sem = asyncio.Semaphore(3)
    sizes = [("a", 2), ("b", 1), ("c", 3), ("d", 1), ("e", 2), ("f", 0.5), ("g", 1)]
    await asyncio.gather(*(download(sem, n, s, log) for n, s in sizes))
    print("\n".join(log))
    print("all slots free again; locked:", sem.locked())
    gate = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", gate.locked())

    async def opener():
        await asyncio.sleep(1)
        print("opener releases at", asyncio.get_running_loop().time())
        gate.release()
        gate.release()

    asyncio.create_task(opener())
    await gate.acquire()
    await gate.acquire()
    print("acquired twice by", asyncio.get_running_loop().time())
    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    print("a plain Semaphore may be released too often; now locked?", plain.locked())
    bounded = asyncio.BoundedSemaphore(2)
    async with bounded:
        async with bounded:
            print("both slots taken, locked:", bounded.locked())
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
