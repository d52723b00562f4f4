import asyncio


async def background(name, period):
    n = 0
    try:
        while True:
            await asyncio.sleep(period)
            n += 1
            print(name, "beat", n)
    except asyncio.CancelledError:
        print(name, "cancelled by asyncio.run after", n, "beats")
        await asyncio.sleep(0.5)
        print(name, "finished its clean-up")
        raise


async def main():
    asyncio.create_task(background("fast", 0.4))
    asyncio.create_task(background("slow", 1))
    await asyncio.sleep(2)
    print("main returns at", asyncio.get_running_loop().time())


asyncio.run(main())
print("after asyncio.run")
