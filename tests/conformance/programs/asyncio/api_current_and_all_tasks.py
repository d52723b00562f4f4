import asyncio


def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def child(name, delay):
    print(f"{name}: current task is {asyncio.current_task().get_name()}, all: {names()}")
    await asyncio.sleep(delay)


def callback():
    print("in a plain callback, current_task() is", asyncio.current_task())


async def main():
    print("main:", asyncio.current_task().get_name(), names())
    tasks = [asyncio.create_task(child(f"c{i}", i), name=f"child-{i}") for i in range(1, 4)]
    print("after creating:", names())
    asyncio.get_running_loop().call_soon(callback)
    await asyncio.sleep(1.5)
    print("at 1.5:", names(), "done:", [t.done() for t in tasks])
    await asyncio.gather(*tasks)
    print("at the end:", names())
    print("still running as", asyncio.current_task().get_name(), asyncio.current_task() in asyncio.all_tasks())


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside a loop:", e)
