# A producer/consumer pipeline written straight into a notebook cell.
import asyncio

q = asyncio.Queue(maxsize=2)

async def consumer(name):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(f"{name} handled {item}")
        q.task_done()

workers = [asyncio.create_task(consumer(f"c{i}")) for i in range(2)]
for item in [1, 2, 1, 3]:
    await q.put(item)
    print(f"queued {item}")
await q.join()
for w in workers:
    w.cancel()
results = await asyncio.gather(*workers, return_exceptions=True)
print([type(r).__name__ for r in results])
