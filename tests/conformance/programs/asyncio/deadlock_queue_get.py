import asyncio


async def consumer(q):
    while True:
        item = await q.get()
        print("consumed", item)


async def main():
    q = asyncio.Queue()
    await q.put(1)
    await q.put(2)
    await consumer(q)


asyncio.run(main())
