import asyncio


async def job(label, delay):
    me = asyncio.current_task()
    print(f"{label} runs as {me.get_name()} at {asyncio.get_running_loop().time()}")
    await asyncio.sleep(delay)
    return me.get_name()


async def main():
    print("main is", asyncio.current_task().get_name())
    a = asyncio.create_task(job("a", 1))
    b = asyncio.create_task(job("b", 0.5), name="brewer")
    c = asyncio.create_task(job("c", 0.25))
    # asyncio.create_task(name=...) still uses up a Task-N number: c is Task-4, not Task-3
    print("names at creation:", a.get_name(), b.get_name(), c.get_name())
    c.set_name("renamed-before-start")
    print("gathered:", await asyncio.gather(a, b, c))
    d = asyncio.create_task(job("d", 0), name=42)
    print("a non-str name becomes", repr(d.get_name()))
    await d
    e = asyncio.create_task(job("e", 0))
    print("next default name:", e.get_name())
    await e


asyncio.run(main())
