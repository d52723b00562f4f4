import asyncio


async def update(lock, name):
    async with lock:
        print(f"{name} holds the lock at {asyncio.get_running_loop().time()}")
        await asyncio.sleep(1)
        print(f"{name} needs the lock again (asyncio.Lock is not reentrant)")
        async with lock:
            print("never printed")


async def main():
    lock = asyncio.Lock()
    other = asyncio.create_task(update(lock, "other"))
    await asyncio.sleep(0.5)
    print("main waits for the lock too, locked =", lock.locked())
    async with lock:
        print("never printed either")
    await other


asyncio.run(main())
