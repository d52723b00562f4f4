# async with a Lock at the top level, while tasks compete for it.
import asyncio

lock = asyncio.Lock()
log = []

async def worker(name):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(1)
        log.append(f"{name} out")

tasks = [asyncio.create_task(worker(f"w{i}")) for i in range(3)]
async with lock:
    print("the cell holds the lock; locked =", lock.locked())
    await asyncio.sleep(0.5)
print("the cell let go")
await asyncio.gather(*tasks)
print(log)
print("t =", asyncio.get_running_loop().time())
