# The queue, event and lock natives use a queue's fields in place only when nothing could tell:
# each case here changes one thing they would otherwise skip, and the result must be CPython's.
import asyncio


class Noisy(asyncio.Queue):
    def _wakeup_next(self, waiters):
        print("  wakeup_next", len(waiters), "waiting")
        super()._wakeup_next(waiters)


class Plain(asyncio.Queue):
    pass


class Watched(asyncio.Queue):
    @property
    def _unfinished_tasks(self):
        return self._n

    @_unfinished_tasks.setter
    def _unfinished_tasks(self, value):
        print("  unfinished ->", value)
        self._n = value


class Sized(asyncio.Queue):
    # A property over a field the instance dict also holds: the property wins.
    @property
    def _maxsize(self):
        print("  _maxsize read")
        return self.__dict__["_maxsize"]

    @_maxsize.setter
    def _maxsize(self, value):
        self.__dict__["_maxsize"] = value


class LoudEvent(asyncio.Event):
    def clear(self):
        print("  finished.clear()")
        super().clear()


class LoudLock(asyncio.Lock):
    def __setattr__(self, name, value):
        if name == "_locked":
            print("  _locked =", value)
        object.__setattr__(self, name, value)


class Waiter(asyncio.Future):
    def set_result(self, result):
        print("  waiter.set_result", result)
        super().set_result(result)


async def consume(q, name, out):
    out.append((name, await q.get()))
    q.task_done()


async def main():
    # An instance attribute shadowing a method the natives call through self.
    q = asyncio.Queue()
    q._wakeup_next = lambda waiters: print("  own _wakeup_next", len(waiters))
    q.put_nowait(1)
    print("get", q.get_nowait(), q.qsize(), q.empty())
    # ... and one added after the queue was used as a plain one.
    r = asyncio.Queue()
    r.put_nowait(1)
    r.get_nowait()
    r._wakeup_next = lambda waiters: print("  later _wakeup_next", len(waiters))
    r.put_nowait(2)
    del r._wakeup_next
    r.put_nowait(3)
    print("r", r.qsize())

    # A subclass's method, and a class changed after its queue was used.
    n = Noisy(maxsize=2)
    out = []
    t = asyncio.create_task(consume(n, "a", out))
    await asyncio.sleep(0)
    n.put_nowait("x")
    await t
    print(out, n.full(), n._unfinished_tasks)
    p = Plain(maxsize=3)
    p.put_nowait(0)
    print("plain full:", p.full())
    Plain.qsize = lambda self: 7
    print("full with qsize 7:", p.full())
    del Plain.qsize
    print("full again:", p.full())

    # A property over a field.
    w = Watched()
    w.put_nowait("p")
    w.get_nowait()
    w.task_done()
    print("joined", w._n)
    z = Sized(maxsize=1)
    z.put_nowait("s")
    print("sized full:", z.full(), sorted(z.__dict__)[:2])

    # The join event replaced by one with its own clear().
    e = asyncio.Queue()
    e._finished = LoudEvent()
    e.put_nowait(1)
    print("finished set?", e._finished.is_set())

    # Fields that are not what the fast path expects: a float maxsize, an extra attribute.
    f = asyncio.Queue(maxsize=2.0)
    f.put_nowait(1)
    f.put_nowait(2)
    print("float maxsize full:", f.full())
    f.note = "extra"
    print(f.get_nowait(), f.qsize())

    # A lock with its own __setattr__, and a lock whose waiter is a Future subclass.
    lock = LoudLock()
    await lock.acquire()
    lock.release()
    plain = asyncio.Lock()
    await plain.acquire()
    blocked = asyncio.create_task(plain.acquire())
    await asyncio.sleep(0)
    fut = Waiter()
    plain._waiters.clear()
    plain._waiters.append(fut)
    plain.release()
    print("waiter result", fut.result(), plain.locked())
    blocked.cancel()
    plain._locked = 1
    plain.release()
    print("released an int-locked lock:", plain.locked())


asyncio.run(main())
