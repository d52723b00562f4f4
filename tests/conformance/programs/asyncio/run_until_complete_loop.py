import asyncio


async def step(n):
    await asyncio.sleep(n)
    print("step", n, "at", asyncio.get_running_loop().time())
    return n * 10


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.time())
print(loop.run_until_complete(step(1)))
task = loop.create_task(step(2))
print(loop.run_until_complete(task), task.done())
print(loop.run_until_complete(asyncio.gather(step(0.5), step(0.25))))
print("loop time", loop.time(), "closed", loop.is_closed())
loop.close()
print("closed", loop.is_closed())
