# Tasks blocked in `await q.get()` / `await q.put(x)`: cancelled while waiting, cancelled after
# being woken (the wake-up passes to the next in line), and a method of the queue's class
# replaced while they wait (they call the new one when they resume).
import asyncio


class Plain(asyncio.Queue):
    pass


async def getter(q, name):
    try:
        item = await q.get()
        print(f"t={asyncio.get_running_loop().time()} {name} got {item}")
    except asyncio.CancelledError:
        print(f"t={asyncio.get_running_loop().time()} {name} cancelled, queue {q.qsize()}")
        raise


async def putter(q, name, item):
    try:
        await q.put(item)
        print(f"t={asyncio.get_running_loop().time()} {name} put {item}")
    except asyncio.CancelledError:
        print(f"t={asyncio.get_running_loop().time()} {name} cancelled, queue {q.qsize()}")
        raise


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter(q, "a"))
    b = asyncio.create_task(getter(q, "b"))
    c = asyncio.create_task(getter(q, "c"))
    await asyncio.sleep(0.5)
    b.cancel()                      # cancelled while waiting
    await asyncio.sleep(0.5)
    print("getters waiting:", len(q._getters))
    q.put_nowait("x")               # wakes a
    a.cancel()                      # ... which is cancelled before it runs: c gets x
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("getters left:", len(q._getters), "items:", q.qsize())

    q = asyncio.Queue(maxsize=1)
    q.put_nowait("full")
    p1 = asyncio.create_task(putter(q, "p1", 1))
    p2 = asyncio.create_task(putter(q, "p2", 2))
    p3 = asyncio.create_task(putter(q, "p3", 3))
    await asyncio.sleep(1)
    p2.cancel()
    await asyncio.sleep(0)
    print("putters waiting:", len(q._putters))
    print("took", q.get_nowait())   # wakes p1
    p1.cancel()                     # ... cancelled before it runs: p3 puts
    await asyncio.gather(p1, p2, p3, return_exceptions=True)
    print("putters left:", len(q._putters), "items:", list(q._queue))

    q = Plain()
    d = asyncio.create_task(getter(q, "d"))
    await asyncio.sleep(1)
    original = Plain.get_nowait

    def loud_get_nowait(self):
        item = original(self)
        print("  patched get_nowait ->", item)
        return item

    Plain.get_nowait = loud_get_nowait
    q.put_nowait("y")
    await d

    q = asyncio.Queue()
    late = asyncio.create_task(getter(q, "late"))
    await asyncio.sleep(0)
    try:
        print(await asyncio.wait_for(q.get(), timeout=0.25))
    except asyncio.TimeoutError:
        print("wait_for timed out; getters:", len(q._getters))
    q.put_nowait("z")
    await late


asyncio.run(main())
