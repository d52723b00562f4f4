import asyncio


async def save_to_disk(name):
    loop = asyncio.get_running_loop()
    print(f"saving {name} at {loop.time()}")
    await asyncio.sleep(2)
    print(f"saved {name} at {loop.time()}")
    return f"{name} saved"


async def request_handler(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("handler cancelled at", asyncio.get_running_loop().time(), "inner done?", inner.done())
        raise


async def main():
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(save_to_disk("report"))
    handler = asyncio.create_task(request_handler(inner))
    await asyncio.sleep(0.5)
    handler.cancel()
    try:
        await handler
    except asyncio.CancelledError:
        print("handler.cancelled():", handler.cancelled())
    print("inner still running:", not inner.done())
    print("inner result:", await inner, "at", loop.time())
    # shield around a coroutine: the shielded work runs as its own task
    shielded = asyncio.shield(save_to_disk("log"))
    await asyncio.sleep(1)
    shielded.cancel()
    await asyncio.sleep(1.5)
    print("outer cancelled?", shielded.cancelled(), "at", loop.time())
    # a shield of an already finished task returns at once
    print(await asyncio.shield(inner))


asyncio.run(main())
