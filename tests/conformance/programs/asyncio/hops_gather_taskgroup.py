import asyncio

log = []


async def spinner(n):
    for i in range(n):
        log.append(f"spin{i}")
        await asyncio.sleep(0)


async def quick(name):
    log.append(f"{name} runs")
    return name


async def main():
    spin = asyncio.create_task(spinner(12))
    log.append("main: gather start")
    await asyncio.gather(quick("g1"), quick("g2"))
    log.append("main: gather done")
    t = asyncio.create_task(quick("t1"))
    await t
    log.append("main: task awaited")
    await quick("direct")
    log.append("main: coroutine awaited")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(quick("tg1"))
    log.append("main: taskgroup done")
    await asyncio.wait_for(quick("wf"), 5)
    log.append("main: wait_for done")
    await asyncio.wait([asyncio.create_task(quick("w1"))])
    log.append("main: wait done")
    await spin
    print("\n".join(log))


asyncio.run(main())
