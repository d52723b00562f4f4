# Children made by gather() start with a copy of their parent's context: they see the parent's
# values at creation, and what a child sets stays in that child (siblings and parent never see it).
import asyncio
import contextvars

depth = contextvars.ContextVar("depth", default=0)
trail = contextvars.ContextVar("trail", default=())


async def child(name, delay):
    print(f"{name}: starts with depth={depth.get()} trail={trail.get()}")
    depth.set(depth.get() + 1)
    trail.set(trail.get() + (name,))
    await asyncio.sleep(delay)
    print(f"{name}: after sleeping depth={depth.get()} trail={trail.get()}")
    return depth.get()


async def parent():
    depth.set(10)
    trail.set(("parent",))
    results = await asyncio.gather(child("a", 0.2), child("b", 0.1), child("c", 0))
    print("children returned", results)
    print(f"parent still has depth={depth.get()} trail={trail.get()}")
    # Changed after the children were made: a new child sees the new value, not the old ones.
    depth.set(99)
    print("late child returns", await asyncio.create_task(child("late", 0.05)))
    print("parent finally", depth.get())


async def grandparent():
    print("before:", depth.get(), trail.get())
    await parent()  # awaited directly: same task, same context
    print("after awaiting parent() directly:", depth.get(), trail.get())
    await asyncio.create_task(parent())  # its own task: changes stay there
    print("after parent() as a task:", depth.get(), trail.get())


asyncio.run(grandparent())
print("module level:", depth.get(), trail.get())
