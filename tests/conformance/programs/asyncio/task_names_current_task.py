import asyncio


async def who():
    task = asyncio.current_task()
    print("running:", task.get_name())
    await asyncio.sleep(0.1)
    task.set_name(task.get_name() + "-renamed")
    return task.get_name()


async def main():
    print("main is", asyncio.current_task().get_name())
    t1 = asyncio.create_task(who())
    t2 = asyncio.create_task(who(), name="custom")
    t3 = asyncio.get_running_loop().create_task(who(), name="via-loop")
    t4 = asyncio.ensure_future(who())
    results = await asyncio.gather(t1, t2, t3, t4)
    print(results)
    t5 = asyncio.create_task(who())
    print("next default name:", t5.get_name())
    await t5
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())


asyncio.run(main())
