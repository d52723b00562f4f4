# Module-level create_task schedules on the cell's loop: the task starts at the first await.
import asyncio

async def background(n):
    print(f"background {n} starts")
    await asyncio.sleep(n)
    print(f"background {n} ends")
    return n * 10

t1 = asyncio.create_task(background(2), name="slow")
t2 = asyncio.create_task(background(1))
print("created:", t1.get_name(), t2.get_name(), "done?", t1.done())
print("the cell itself is", asyncio.current_task().get_name())
await asyncio.sleep(0)
print("after one yield")
print(await t2, await t1)
print("all tasks now:", sorted(t.get_name() for t in asyncio.all_tasks()))
