import asyncio


async def check(name, delay, problem=None):
    await asyncio.sleep(delay)
    if problem is not None:
        print(f"{name} fails at {asyncio.get_running_loop().time()}")
        raise problem
    print(f"{name} passes")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(check("spelling", 0.5))
        tg.create_task(check("grammar", 1, ValueError("grammar is off")))
        tg.create_task(check("style", 1, LookupError("no style guide")))
    print("never printed")


asyncio.run(main())
