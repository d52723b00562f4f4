import asyncio

log = []


async def spinner(n):
    for i in range(n):
        log.append(f"  spin{i}")
        await asyncio.sleep(0)


async def getter(q):
    log.append("getter waits")
    item = await q.get()
    log.append(f"getter got {item}")


async def locker(lock, name):
    async with lock:
        log.append(f"{name} holds lock")
        await asyncio.sleep(0)
    log.append(f"{name} released lock")


async def event_waiter(ev):
    await ev.wait()
    log.append("event waiter woke")


async def main():
    spin = asyncio.create_task(spinner(16))
    q = asyncio.Queue()
    g = asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    log.append("main puts")
    q.put_nowait("x")
    await g
    log.append("main: getter done")
    lock = asyncio.Lock()
    await asyncio.gather(locker(lock, "L1"), locker(lock, "L2"))
    log.append("main: lockers done")
    ev = asyncio.Event()
    w = asyncio.create_task(event_waiter(ev))
    await asyncio.sleep(0)
    ev.set()
    log.append("main set event")
    await w
    log.append("main: waiter done")
    await spin
    print("\n".join(log))


asyncio.run(main())
