import asyncio


async def producer(p, q):
    for k in range(3):
        await asyncio.sleep(0.01 * (p % 10) + 0.1 * k)
        await q.put((p, k))


async def consumer(c, q, tally):
    while True:
        p, k = await q.get()
        await asyncio.sleep(0.005 * (c % 4))
        tally[c] = tally.get(c, 0) + 1
        q.task_done()


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(maxsize=50)
    tally = {}
    consumers = [asyncio.create_task(consumer(c, q, tally)) for c in range(100)]
    producers = [asyncio.create_task(producer(p, q)) for p in range(100)]
    await asyncio.gather(*producers)
    print("all produced at", round(loop.time(), 6))
    await q.join()
    print("all consumed at", round(loop.time(), 6))
    print("items:", sum(tally.values()), "busy consumers:", len(tally))
    print("busiest:", max(tally.values()), "quietest:", min(tally.values()))
    print("first consumers' counts:", [tally.get(c, 0) for c in range(8)])
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print("cancelled consumers:", sum(1 for r in results if isinstance(r, asyncio.CancelledError)))


asyncio.run(main())
