import asyncio

import shop
import shop.workers
from shop import Order, orders


async def main():
    q = asyncio.Queue()
    for item, n in [("milk", 2), ("bread", 1), ("eggs", 3), ("tea", 1)]:
        q.put_nowait(Order(item, n))
    workers = [asyncio.create_task(shop.workers.process_orders(f"w{i}", q)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    print("version", shop.VERSION, shop.__package__, orders.__name__, orders.__package__)
    print(hasattr(shop, "workers"), hasattr(shop, "orders"), shop.workers.Order is Order)


asyncio.run(main())
