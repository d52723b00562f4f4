# `await q.get()`, `await q.put(x)` and `await lock.acquire()` that need not wait are done without
# their coroutines; each class or instance here changes something those coroutines would call
# through `self`, and the result must be CPython's.
import asyncio


class LoudGet(asyncio.Queue):
    def get_nowait(self):
        item = super().get_nowait()
        print("  get_nowait ->", item)
        return item


class LoudPut(asyncio.Queue):
    def put_nowait(self, item):
        print("  put_nowait", item)
        super().put_nowait(item)


class Counted(asyncio.Queue):
    # Overrides get and put, reaching the prelude's through super().
    async def get(self):
        item = await super().get()
        print("  Counted.get ->", item)
        return item

    async def put(self, item):
        print("  Counted.put", item)
        await super().put(item)


class NeverEmpty(asyncio.Queue):
    def empty(self):
        print("  empty() asked")
        return super().empty()


class TracedLock(asyncio.Lock):
    @property
    def _locked(self):
        return self.__dict__.get("_held", False)

    @_locked.setter
    def _locked(self, value):
        print("  _locked =", value)
        self.__dict__["_held"] = value


async def consumer(q, name, n):
    for _ in range(n):
        item = await q.get()
        print(name, "got", item)
        q.task_done()


async def main():
    for cls in (LoudGet, LoudPut, Counted, NeverEmpty, asyncio.Queue, asyncio.LifoQueue):
        q = cls(maxsize=2)
        print(cls.__name__)
        await q.put(1)
        await q.put(2)
        worker = asyncio.create_task(consumer(q, "  c", 3))
        await q.put(3)  # full: waits for the consumer
        await q.join()
        await worker

    q = asyncio.Queue()
    q.put_nowait("a")
    q.get_nowait = lambda: "own attribute"  # an instance attribute shadows the method
    print("own:", await q.get())

    q = asyncio.Queue(maxsize=1.5)  # a float maxsize: full() compares as Python does
    await q.put("x")
    await q.put("y")
    print("float maxsize:", q.qsize(), q.full())

    lock = TracedLock()
    async with lock:
        print("  inside", lock.locked())
    print("traced:", await lock.acquire(), lock.locked())
    lock.release()

    lock = asyncio.Lock()
    print("plain:", await lock.acquire(), lock.locked())
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    await waiter
    print("waiter got it:", lock.locked())
    lock.release()

    # Free, but a woken waiter is still queued: acquire() waits its turn behind it.
    lock = asyncio.Lock()
    order = []

    async def takes_turn():
        async with lock:
            order.append("task")

    await lock.acquire()
    turn = asyncio.create_task(takes_turn())
    await asyncio.sleep(0)
    lock.release()
    async with lock:
        order.append("main")
    await turn
    print("turns:", order)

    # A waiter that was cancelled before it ran: acquire() still takes the free lock at once.
    lock = asyncio.Lock()
    await lock.acquire()
    late = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    late.cancel()
    lock.release()
    print("after cancel:", await lock.acquire(), late.cancelled() or late.done())
    lock.release()


asyncio.run(main())
