import asyncio


async def main():
    lifo = asyncio.LifoQueue()
    for item in ["first", "second", "third"]:
        await lifo.put(item)
    print([await lifo.get() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        pq.put_nowait((prio, job))
    while not pq.empty():
        print(await pq.get())

    async def waiter(q, name):
        item = await q.get()
        print(name, "received", item, "at", asyncio.get_running_loop().time())

    q = asyncio.Queue()
    tasks = [asyncio.create_task(waiter(q, f"w{i}")) for i in range(3)]
    for i in range(3):
        await asyncio.sleep(0.5)
        q.put_nowait(i * 10)
    await asyncio.gather(*tasks)


asyncio.run(main())
