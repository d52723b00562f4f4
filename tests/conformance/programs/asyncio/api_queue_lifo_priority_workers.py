import asyncio


async def worker(q, label):
    loop = asyncio.get_running_loop()
    while not q.empty():
        item = await q.get()
        print(f"t={loop.time()} {label} handles {item}")
        await asyncio.sleep(0.5)
        q.task_done()


async def main():
    lifo = asyncio.LifoQueue()
    for page in ["home", "shop", "cart", "checkout"]:
        lifo.put_nowait(page)
    print("back button order:")
    await worker(lifo, "lifo")
    pq = asyncio.PriorityQueue()
    for item in [(3, "write report"), (1, "fix outage"), (2, "answer mail"), (1, "call boss"), (2, "lunch")]:
        pq.put_nowait(item)
    await asyncio.gather(worker(pq, "A"), worker(pq, "B"))
    jobs = asyncio.PriorityQueue(maxsize=3)
    # equal priorities fall back to the next tuple field: an arrival counter keeps them FIFO
    for count, (p, n) in enumerate([(5, "low"), (1, "high"), (5, "also low"), (1, "also high")]):
        if jobs.full():
            print("full before", n, "- taking", jobs.get_nowait())
        await jobs.put((p, count, n))
    while not jobs.empty():
        p, count, n = jobs.get_nowait()
        print(p, count, n)


asyncio.run(main())
