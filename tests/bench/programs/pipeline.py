# A bounded-queue pipeline: 200 producers and 200 consumers, 100,000 items in all.
import asyncio

PRODUCERS = 200
CONSUMERS = 200
ITEMS_EACH = 500


async def producer(q, n):
    for i in range(ITEMS_EACH):
        await q.put((n, i))
        if i % 7 == 0:
            await asyncio.sleep(0.001)


async def consumer(q, totals, n):
    while True:
        item = await q.get()
        totals[n] += item[1]
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=50)
    totals = [0] * CONSUMERS
    consumers = [asyncio.create_task(consumer(q, totals, n)) for n in range(CONSUMERS)]
    await asyncio.gather(*[producer(q, n) for n in range(PRODUCERS)])
    await q.join()
    for c in consumers:
        c.cancel()
    print("items", PRODUCERS * ITEMS_EACH, "sum", sum(totals), "t", asyncio.get_running_loop().time())


asyncio.run(main())
