import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"t={asyncio.get_running_loop().time()} put {i} size={q.qsize()} full={q.full()}")
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(1)
        total += item
        print(f"t={asyncio.get_running_loop().time()} got {item}")
        q.task_done()
    return total


async def main():
    q = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(q, 5))
    cons = asyncio.create_task(consumer(q))
    await q.join()
    print("joined, total", await cons, "producer done", prod.done(), "empty", q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    print(small.get_nowait(), small.qsize(), small.maxsize)


asyncio.run(main())
