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
    num_items = random.randint(1, 3)
    for _ in range(num_items):
        await asyncio.sleep(random.randint(1, 3))  # browsing
        order = Order(name, random.choice(ITEMS))
        await q.put(order)
        print(f"{time.strftime('%X')} {name} placed {order}")


async def process_orders(shop, q):
    try:
        while True:
            order = await q.get()
            print(f"{time.strftime('%X')} {shop} processing {order.item} for {order.customer}")
            await asyncio.sleep(random.randint(1, 2))
            q.task_done()
    except asyncio.CancelledError:
        print(f"{time.strftime('%X')} {shop} closed")


async def main():
    q = asyncio.Queue()
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
