import asyncio

import inventory
from inventory import OutOfStock, take


async def order(customer, item, count):
    await asyncio.sleep(0.1 * count)
    left = take(item, count)
    print(f"{customer}: {count} {item}, {left} left")
    return left


async def main():
    results = await asyncio.gather(
        order("ann", "milk", 2), order("bob", "bread", 1), order("cy", "tea", 1), return_exceptions=True
    )
    for r in results:
        print(type(r).__name__, r)
    print(isinstance(results[1], OutOfStock), isinstance(results[1], inventory.OutOfStock))
    print(inventory.STOCK)
    # Not caught this time: the traceback goes through inventory.py.
    await order("dee", "eggs", 20)


asyncio.run(main())
