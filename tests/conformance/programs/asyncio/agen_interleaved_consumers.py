import asyncio


async def source(name, n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield f"{name}{i}"
    finally:
        print(f"source {name} finished at {asyncio.get_running_loop().time()}")


async def consume(gen, label):
    async for item in gen:
        print(f"{label} got {item} at {asyncio.get_running_loop().time()}")


async def merge(*gens):
    q = asyncio.Queue()

    async def pump(g):
        async for item in g:
            await q.put(item)
        await q.put(None)

    tasks = [asyncio.create_task(pump(g)) for g in gens]
    remaining = len(tasks)
    while remaining:
        item = await q.get()
        if item is None:
            remaining -= 1
        else:
            yield item


async def main():
    await asyncio.gather(consume(source("a", 3, 1), "left"), consume(source("b", 2, 1.25), "right"))
    merged = [x async for x in merge(source("x", 3, 0.5), source("y", 2, 0.75))]
    print("merged:", merged, "at", asyncio.get_running_loop().time())


asyncio.run(main())
