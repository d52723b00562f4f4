import asyncio
import time


async def dispatch_orders(n):
    for i in range(n):
        print(f"dispatching order {i} started at {time.strftime('%X')}")
        await asyncio.sleep(1)
        print(f"dispatching order {i} done at {time.strftime('%X')}")
        yield i


async def main():
    async with asyncio.TaskGroup() as tg:
        async for order in dispatch_orders(3):
            print(f"order {order} dispatched.")
    print(f"all done at {time.strftime('%X')}")


asyncio.run(main())
