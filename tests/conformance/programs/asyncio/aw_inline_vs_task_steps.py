import asyncio

ticks = 0


async def clock_watcher():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def leaf(x):
    return x + 1


async def chain(depth):
    # coroutines awaiting coroutines run inline: no loop iteration in between
    if depth == 0:
        return await leaf(0)
    return 1 + await chain(depth - 1)


async def task_chain(depth):
    # each level in its own task: every await of a task costs loop iterations
    if depth == 0:
        return await asyncio.create_task(leaf(0))
    return 1 + await asyncio.create_task(task_chain(depth - 1))


async def main():
    watcher = asyncio.create_task(clock_watcher())
    await asyncio.sleep(0)
    before = ticks
    print("inline chain:", await chain(5), "watcher ran", ticks - before, "times meanwhile")
    before = ticks
    print("task chain:", await task_chain(5), "watcher ran", ticks - before, "times meanwhile")
    before = ticks
    print("gather of plain coroutines:", await asyncio.gather(leaf(1), leaf(2)), "watcher ran", ticks - before, "times")
    watcher.cancel()
    await asyncio.gather(watcher, return_exceptions=True)
    print("all at t =", asyncio.get_running_loop().time())


asyncio.run(main())
