import asyncio


async def producer(q, items):
    loop = asyncio.get_running_loop()
    for item in items:
        print(f"t={loop.time()} putting {item} (size {q.qsize()}, full {q.full()})")
        await q.put(item)
        print(f"t={loop.time()} put {item} done")


async def consumer(q, n):
    loop = asyncio.get_running_loop()
    for _ in range(n):
        await asyncio.sleep(1)
        item = q.get_nowait()
        print(f"t={loop.time()} took {item}, size now {q.qsize()}")
        q.task_done()


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(maxsize=2)
    print("new queue: empty", q.empty(), "full", q.full(), "maxsize", q.maxsize)
    await asyncio.gather(producer(q, ["a", "b", "c", "d"]), consumer(q, 4))
    await q.join()
    print("joined at", loop.time(), "empty", q.empty())
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull on the third put_nowait, qsize", q.qsize())
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty on an empty queue")
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    unbounded = asyncio.Queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    print("unbounded:", unbounded.qsize(), unbounded.full(), unbounded.maxsize)


asyncio.run(main())
