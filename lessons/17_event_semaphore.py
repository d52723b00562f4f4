import asyncio
import time


async def customer(name, opened, tills):
    print(f"{time.strftime('%X')} {name} waits for the doors")
    await opened.wait()  # an Event: everyone wakes when it is set
    async with tills:  # a Semaphore: at most 2 at the tills
        print(f"{time.strftime('%X')} {name} at a till")
        await asyncio.sleep(1)
    print(f"{time.strftime('%X')} {name} leaves")


async def main():
    opened = asyncio.Event()
    tills = asyncio.Semaphore(2)
    names = ["ann", "bob", "cat", "dan", "eve"]
    tasks = [asyncio.create_task(customer(n, opened, tills)) for n in names]
    await asyncio.sleep(2)
    print(f"{time.strftime('%X')} doors open")
    opened.set()
    await asyncio.gather(*tasks)
    print(f"{time.strftime('%X')} shop empty")


asyncio.run(main())
