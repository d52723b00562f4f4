import asyncio

log = []


def note(what):
    loop = asyncio.get_running_loop()
    log.append(f"{loop.time()} {what}")


async def coro_task(name):
    note(f"{name} step 1")
    await asyncio.sleep(0)
    note(f"{name} step 2")
    return name


async def main():
    loop = asyncio.get_running_loop()
    note("main starts")
    loop.call_soon(note, "call_soon 1")
    t = loop.create_task(coro_task("T"))
    loop.call_soon(note, "call_soon 2")
    loop.call_later(0.5, note, "call_later 0.5")
    loop.call_at(0.5, note, "call_at 0.5 (same deadline, scheduled later)")
    loop.call_later(0, note, "call_later 0")
    h = loop.call_later(0.25, note, "cancelled timer")
    h.cancel()
    fut = loop.create_future()
    loop.call_later(0.75, fut.set_result, "future value")
    fut.add_done_callback(lambda f: note(f"future callback sees {f.result()}"))
    note("main awaits sleep(0)")
    await asyncio.sleep(0)
    note("main back")
    note(f"main got {await fut}")
    note(f"task result {await t}")
    print("\n".join(log))
    print("when() of a timer handle:", loop.call_at(10, note, "x").when())


asyncio.run(main())
