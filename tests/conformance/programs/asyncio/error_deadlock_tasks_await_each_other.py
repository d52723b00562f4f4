import asyncio

tasks = {}


async def partner(me, other):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    print(f"{me} waits for {other} at {loop.time()}")
    await tasks[other]
    print("never printed")


async def main():
    tasks["alice"] = asyncio.create_task(partner("alice", "bob"))
    tasks["bob"] = asyncio.create_task(partner("bob", "alice"))
    await tasks["alice"]


asyncio.run(main())
