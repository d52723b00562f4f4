import asyncio


async def hello_world():
    print("Hello")
    await asyncio.sleep(1)
    print("World")


# Running the coroutine
asyncio.run(hello_world())
