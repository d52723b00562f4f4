# Queue and lock internals the waiter bookkeeping must keep exactly: subclass storage hooks,
# reprs with waiters, cancelled waiters skipped on wake-up, the loop a primitive is bound to,
# and _wakeup_next called through the class.
import asyncio


class Stack(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()

    def qsize(self):
        return len(self._queue)


async def getter(q, name, out):
    try:
        out.append((name, await q.get()))
    except asyncio.CancelledError:
        out.append((name, "cancelled"))
        raise


async def main():
    s = Stack()
    for i in range(3):
        s.put_nowait(i)
    print([s.get_nowait() for _ in range(3)], s.empty(), s.qsize())

    q = asyncio.Queue(maxsize=2)
    out = []
    tasks = [asyncio.create_task(getter(q, n, out)) for n in "abc"]
    await asyncio.sleep(0)
    print(q)
    tasks[0].cancel()
    await asyncio.sleep(0)
    q.put_nowait("x")
    q.put_nowait("y")
    print(q, q.full())
    await asyncio.sleep(0)
    print(out, q)
    asyncio.Queue._wakeup_next(q, q._getters)
    q.put_nowait("z")
    await asyncio.sleep(0)
    print(out, q.qsize(), q._unfinished_tasks)

    lock = asyncio.Lock()
    order = []

    async def hold(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0)

    waiters = [asyncio.create_task(hold(n)) for n in range(4)]
    await asyncio.sleep(0)
    print(lock.locked(), len(lock._waiters))
    waiters[2].cancel()
    await asyncio.gather(*waiters, return_exceptions=True)
    print(order, lock.locked(), len(lock._waiters))

    sem = asyncio.Semaphore(1)
    cond = asyncio.Condition()

    async def use_sem(n):
        async with sem:
            order.append(("sem", n))
            await asyncio.sleep(0.1)

    async def wait_cond():
        async with cond:
            await cond.wait()
            order.append("woken")

    await asyncio.gather(use_sem(1), use_sem(2), wait_cond(), notify(cond))
    print(order[-4:])
    return lock


async def notify(cond):
    await asyncio.sleep(0.05)
    async with cond:
        cond.notify_all()


lock = asyncio.run(main())


async def elsewhere():
    async with lock:
        print("held in the second loop")
    lock2 = asyncio.Lock()
    await lock2.acquire()

    async def blocked():
        await lock2.acquire()

    t = asyncio.create_task(blocked())
    await asyncio.sleep(0)
    return lock2


lock2 = asyncio.run(elsewhere())
print(lock2.locked(), len(lock2._waiters))


async def third():
    try:
        await lock2.acquire()
    except RuntimeError as e:
        print("RuntimeError:", str(e)[-36:])


asyncio.run(third())


class Counted(asyncio.Queue):
    def full(self):
        print("full? qsize", self.qsize())
        return super().full()


async def overrides():
    q = Counted(maxsize=1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull", asyncio.Queue.qsize(q), asyncio.Queue.empty(q))
    q.full = lambda: False
    q.put_nowait("c")
    print(q.qsize(), q.get_nowait(), asyncio.Queue.get_nowait(q), q.empty())
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    ev = asyncio.Event()
    asyncio.Event.set(ev)
    print(ev.is_set())
    ev.clear()
    print(ev.is_set())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")


asyncio.run(overrides())
