import asyncio


async def worker(delay, what):
    loop = asyncio.get_running_loop()
    print(f"started {what} at {loop.time()}")
    await asyncio.sleep(delay)
    print(f"done {what} at {loop.time()}")
    return f"{what} delivered"


async def main():
    async with asyncio.TaskGroup() as tg:
        milk = tg.create_task(worker(1, "order milk"))
        bread = tg.create_task(worker(2, "order bread"), name="bread")
        print("scheduling done; milk done?", milk.done())
        await asyncio.sleep(1)
        print("inside the block at 1 s: milk done?", milk.done(), "bread done?", bread.done())
        eggs = tg.create_task(worker(0.5, "order eggs"))
    print("Done.", milk.result(), "/", bread.result(), "/", eggs.result())
    print("names:", milk.get_name(), bread.get_name(), eggs.get_name())
    print("finished at", asyncio.get_running_loop().time())


asyncio.run(main())
