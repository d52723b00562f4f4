import asyncio


async def cor1():
    print("cor 1 started")
    for i in range(5):
        await asyncio.sleep(1.5)
        print("cor1", i)


async def cor2():
    print("cor 2 started")
    for i in range(8):
        await asyncio.sleep(1)
        print("cor2", i)


loop = asyncio.get_event_loop()
cors = asyncio.wait([cor1(), cor2()])
loop.run_until_complete(cors)
