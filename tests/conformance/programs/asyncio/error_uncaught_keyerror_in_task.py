import asyncio

STOCK = {"bread": 3, "eggs": 12}


async def pick(item, delay):
    print(f"picking {item} at {asyncio.get_running_loop().time()}")
    await asyncio.sleep(delay)
    count = STOCK[item]
    print(f"{item}: {count} left")
    return count


async def main():
    bread = asyncio.create_task(pick("bread", 0.5))
    milk = asyncio.create_task(pick("milk", 1))
    print("bread:", await bread)
    print("milk:", await milk)
    print("never printed")


asyncio.run(main())
