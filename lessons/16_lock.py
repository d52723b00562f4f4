import asyncio
import time

stock = {"milk": 3}


async def buy(customer, lock):
    async with lock:  # only one customer at the counter
        count = stock["milk"]
        print(f"{time.strftime('%X')} {customer} sees {count} milk")
        await asyncio.sleep(1)  # checking the shelf...
        stock["milk"] = count - 1
        print(f"{time.strftime('%X')} {customer} took one, {count - 1} left")


async def buy_no_lock(customer, lock):
    # the same, without the lock
    count = stock["milk"]
    print(f"{time.strftime('%X')} {customer} sees {count} milk")
    await asyncio.sleep(1)
    stock["milk"] = count - 1
    print(f"{time.strftime('%X')} {customer} took one, {count - 1} left")


async def main():
    lock = asyncio.Lock()
    shop = buy
    # shop = buy_no_lock
    await asyncio.gather(shop("ann", lock), shop("bob", lock), shop("cat", lock))
    print(f"{time.strftime('%X')} milk left: {stock['milk']}")


asyncio.run(main())
