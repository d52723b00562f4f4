import asyncio

items = []


async def consumer(name, cond):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        print(f"{name} consumed {item} at {asyncio.get_running_loop().time()}")


async def producer(cond):
    for i in range(3):
        await asyncio.sleep(1)
        async with cond:
            items.append(f"item{i}")
            print(f"produced item{i}")
            cond.notify()


async def main():
    cond = asyncio.Condition()
    consumers = [asyncio.create_task(consumer(f"c{i}", cond)) for i in range(3)]
    await producer(cond)
    await asyncio.gather(*consumers)
    async with cond:
        cond.notify_all()
    print("done", items)


asyncio.run(main())
