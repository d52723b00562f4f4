# args: --set 15:25=2.5
import asyncio
import time


async def dispatch_orders(n):
    for i in range(n):
        print(f"dispatching order {i} started at {asyncio.get_running_loop().time()}")
        await asyncio.sleep(1)
        print(f"dispatching order {i} done at {asyncio.get_running_loop().time()}")
        yield i


async def deliver_order(order):
    await asyncio.sleep(1)
    print(f"order {order} delivered at {asyncio.get_running_loop().time()}")


async def main():
    async with asyncio.TaskGroup() as tg:
        async for order in dispatch_orders(3):
            print(f"order {order} dispatched.")
            tg.create_task(deliver_order(order))
    print(f"all done at {time.strftime('%X')}")


asyncio.run(main())
