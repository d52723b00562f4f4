# args: --seed 42 --set 40:31=1
import asyncio
import random
import time
from dataclasses import dataclass


@dataclass
class Order:
    customer: str
    item: str


ITEMS = ["milk", "bread", "eggs", "jam", "tea"]


async def place_order(name, q):
    num_items = random.randint(1, 4)
    for _ in range(num_items):
        browsing = random.randint(1, 3)
        await asyncio.sleep(browsing)
        order = Order(name, random.choice(ITEMS))
        await q.put(order)
        print(f"{time.strftime('%X')} {name} placed {order} (queue size {q.qsize()})")


async def process_orders(shop, q):
    try:
        while True:
            order = await q.get()
            print(f"{time.strftime('%X')} {shop} processing {order.item} for {order.customer}")
            await asyncio.sleep(random.randint(1, 2))
            q.task_done()
            print(f"{time.strftime('%X')} {shop} finished {order.item}")
    except asyncio.CancelledError:
        print(f"{time.strftime('%X')} {shop} closed")


async def main():
    q = asyncio.Queue(maxsize=0)
    customers = [asyncio.create_task(place_order(f"customer{i}", q)) for i in range(3)]
    shops = [asyncio.create_task(process_orders(f"shop{i}", q)) for i in range(2)]
    await asyncio.gather(*customers)
    print(f"{time.strftime('%X')} all orders placed")
    await q.join()
    print(f"{time.strftime('%X')} all orders processed")
    for shop in shops:
        shop.cancel()


if __name__ == "__main__":
    asyncio.run(main())
