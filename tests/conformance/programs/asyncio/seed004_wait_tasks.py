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


async def main():
    done, pending = await asyncio.wait([asyncio.create_task(cor1()), asyncio.create_task(cor2())])
    print(len(done), len(pending), asyncio.get_running_loop().time())


asyncio.run(main())
