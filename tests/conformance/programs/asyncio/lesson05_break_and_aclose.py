import asyncio


async def dispatch_orders(n):
    try:
        for i in range(n):
            print(f"dispatching order {i} started at {asyncio.get_running_loop().time()}")
            await asyncio.sleep(1)
            print(f"dispatching order {i} done at {asyncio.get_running_loop().time()}")
            yield i
    finally:
        print(f"dispatcher closed at {asyncio.get_running_loop().time()}")


async def main():
    orders = dispatch_orders(10)
    async for order in orders:
        print(f"order {order} dispatched.")
        if order == 2:
            print("enough orders for today")
            break
    # leaving an async generator half-way: close it ourselves, do not leave it to the GC
    await orders.aclose()
    print("closed again is harmless:", await orders.aclose())
    async for order in orders:
        print("never printed", order)
    print(f"all done at {asyncio.get_running_loop().time()}")


asyncio.run(main())
