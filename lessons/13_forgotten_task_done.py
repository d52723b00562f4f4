import asyncio
import time


async def shop(name, q):
    while True:
        order = await q.get()
        await asyncio.sleep(1)
        print(f"{time.strftime('%X')} {name} finished {order}")
        # Mistake: the shop never tells the queue the order is done.
        # q.task_done()


async def main():
    q = asyncio.Queue()
    for order in ["milk", "bread", "eggs"]:
        q.put_nowait(order)
    shops = [asyncio.create_task(shop(f"shop{i}", q)) for i in range(2)]
    print(f"{time.strftime('%X')} waiting for the queue to drain")
    await q.join()  # waits until task_done() was called once per order
    print(f"{time.strftime('%X')} all orders done")
    for s in shops:
        s.cancel()


asyncio.run(main())
