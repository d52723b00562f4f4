import asyncio


async def main():
    print("old name is John")
    await new('Harry')


async def new(name):
    await asyncio.sleep(2)
    print('new name is :')
    print(name)


asyncio.run(main())
