import asyncio

from shop.orders import Order


async def process_orders(name, queue):
    while True:
        order: Order = await queue.get()
        print(f"{name} packs {order.quantity} x {order.item} (#{order.id})")
        await asyncio.sleep(0.5 * order.quantity)
        queue.task_done()
