import asyncio
import time


async def place_order(name, q, count):
    for i in range(count):
        await asyncio.sleep(1)
        await q.put(f"{name}-{i}")
        print(f"{time.strftime('%X')} {name} placed {name}-{i}")


async def process_orders(shop, q):
    try:
        while True:
            order = await q.get()
            await asyncio.sleep(2)
            q.task_done()
            print(f"{time.strftime('%X')} {shop} finished {order}")
    except asyncio.CancelledError:
        print(f"{time.strftime('%X')} {shop} closed")


async def main():
    q = asyncio.Queue()
    shops = [asyncio.create_task(process_orders(f"shop{i}", q)) for i in range(2)]
    await asyncio.gather(place_order("ann", q, 2), place_order("bob", q, 1))
    await q.join()
    print(f"{time.strftime('%X')} main returns without cancelling the shops")


asyncio.run(main())
