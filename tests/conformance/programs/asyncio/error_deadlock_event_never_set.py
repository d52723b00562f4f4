import asyncio


async def guest(name, door):
    print(f"{name} waits at the door at {asyncio.get_running_loop().time()}")
    await door.wait()
    print(f"{name} comes in")


async def main():
    door = asyncio.Event()
    guests = [asyncio.create_task(guest(n, door)) for n in ("ann", "bob")]
    await asyncio.sleep(2)
    print("the host forgot to call door.set() at", asyncio.get_running_loop().time())
    await asyncio.gather(*guests)
    print("never printed")


asyncio.run(main())
