# gather's native path (coroutines and plain futures of the running loop, each once) and the
# Python one (anything else) side by side: results, reprs, cancellation with and without
# return_exceptions, children already done, the same awaitable twice, a non-bool flag.
import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    return v


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")


async def main():
    loop = asyncio.get_running_loop()

    g = asyncio.gather(value(1, 0.1), value(2, 0.2))
    print(type(g).__name__, isinstance(g, asyncio.Future), g.done())
    g.note = "an attribute of the program's own"
    print(g.note)
    print(await g)

    done = loop.create_future()
    done.set_result("early")
    task = asyncio.create_task(value("task", 0.1))
    print(await asyncio.gather(done, task, value(3, 0)))

    print(await asyncio.gather(fail(0.1), value(4, 0.2), return_exceptions=True))
    try:
        await asyncio.gather(value(5, 0.3), fail(0.1))
    except ValueError as e:
        print("first error:", e)
    await asyncio.sleep(0.5)

    # Cancelling the outer future cancels the children; it ends cancelled once they are done.
    g = asyncio.gather(value(6, 1), value(7, 2))
    await asyncio.sleep(0.1)
    print("cancel:", g.cancel("stop"), g.cancelled())
    try:
        await g
    except asyncio.CancelledError as e:
        print("outer cancelled:", repr(e), g.cancelled())
    print("cancel again:", g.cancel())

    # With return_exceptions=True a cancelled child is a result...
    t1 = asyncio.create_task(value(8, 1))
    t2 = asyncio.create_task(value(9, 0.1))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel("child stop")
    print([repr(r) for r in await g])
    # ...but cancelling gather itself still propagates (bpo-32684).
    g = asyncio.gather(value(10, 1), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather cancelled despite return_exceptions")

    # The Python path: the same coroutine twice, a non-bool flag, no arguments.
    c = value(11, 0.1)
    print(await asyncio.gather(c, c))
    print(await asyncio.gather(fail(0), return_exceptions=1))
    print(await asyncio.gather())
    many = [value(i, 0) for i in range(20)]
    print(await asyncio.gather(*many, many[3]))
    print(sum(await asyncio.gather(*[value(i, 0.01 * (i % 3)) for i in range(40)])))

    # A task awaiting gather, cancelled: the cancellation reaches the children.
    async def waiter():
        return await asyncio.gather(value(12, 5), value(13, 5))
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled at", loop.time())
    print("pending tasks:", len(asyncio.all_tasks()) - 1)


asyncio.run(main())
