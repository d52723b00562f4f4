import asyncio
import time


async def dispatch_orders(n):
    # an async generator: it may await between two values
    for i in range(n):
        print(f"dispatching order {i} started at {time.strftime('%X')}")
        await asyncio.sleep(1)
        print(f"dispatching order {i} done at {time.strftime('%X')}")
        yield i


# async def deliver_order(order):
#     await asyncio.sleep(1)
#     print(f"order {order} delivered at {time.strftime('%X')}")


async def main():
    async with asyncio.TaskGroup() as tg:
        # each iteration waits until the generator yields a value
        async for order in dispatch_orders(3):
            print(f"order {order} dispatched.")
            # tg.create_task(deliver_order(order))
    print(f"all done at {time.strftime('%X')}")


asyncio.run(main())
