import asyncio


async def waiter(name, event, log):
    loop = asyncio.get_running_loop()
    rounds = 0
    while rounds < 2:
        await event.wait()
        rounds += 1
        log.append(f"{loop.time()} {name} passed the gate (round {rounds})")
        await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    gate = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(f"w{i}", gate, log)) for i in range(3)]
    print("is_set at start:", gate.is_set())
    await asyncio.sleep(0.5)
    gate.set()
    print("set at", loop.time(), "is_set:", gate.is_set())
    await asyncio.sleep(0)
    gate.clear()
    print("cleared right after one loop turn; is_set:", gate.is_set())
    await asyncio.sleep(3)
    print("at", loop.time(), "waiters done?", [t.done() for t in tasks])
    gate.set()
    gate.set()
    await asyncio.gather(*tasks)
    print("\n".join(log))
    try:
        await asyncio.wait_for(asyncio.Event().wait(), timeout=1)
    except asyncio.TimeoutError:
        print("an Event nobody sets, with a timeout: gave up at", loop.time())
    print("wait() on a set event returns", await gate.wait())


asyncio.run(main())
