import asyncio


async def waiter(name, event):
    print(f"{name} waiting")
    await event.wait()
    print(f"{name} released at {asyncio.get_running_loop().time()}")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(f"w{i}", event)) for i in range(3)]
    await asyncio.sleep(2)
    print("setting event, is_set =", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print("is_set =", event.is_set())
    event.clear()
    late = asyncio.create_task(waiter("late", event))
    await asyncio.sleep(1)
    event.set()
    await late
    print("wait on set event returns at once:", await event.wait())


asyncio.run(main())
