# args: --seed 9
import asyncio
import random
import time
from dataclasses import dataclass, field


@dataclass
class Order:
    customer: str
    item: str
    placed_at: float = field(default_factory=time.time)


ITEMS = ["milk", "bread", "eggs", "jam", "tea"]


async def place_order(name, q):
    for _ in range(random.randint(1, 3)):
        await asyncio.sleep(random.uniform(0.5, 2.0))
        order = Order(name, random.choice(ITEMS))
        await q.put(order)
        print(f"t={round(time.time(), 3)} {name} placed {order.item}")


async def process_orders(shop, q):
    served = 0
    try:
        while True:
            order = await q.get()
            await asyncio.sleep(random.randint(1, 2))
            served += 1
            waited = round(time.time() - order.placed_at, 3)
            print(f"t={round(time.time(), 3)} {shop} served {order.customer} ({order.item}) after {waited} s")
            q.task_done()
    finally:
        # runs when asyncio.run cancels the shop that main left behind
        print(f"t={round(time.time(), 3)} {shop} closing after serving {served}")


async def main():
    q = asyncio.Queue()
    # only one shop is left behind: asyncio.run cancels leftover tasks in set order
    asyncio.create_task(process_orders("shop0", q))
    await asyncio.gather(*(place_order(f"customer{i}", q) for i in range(4)))
    await q.join()
    print(f"t={round(time.time(), 3)} main returns; the shop is still waiting on q.get()")


asyncio.run(main())
