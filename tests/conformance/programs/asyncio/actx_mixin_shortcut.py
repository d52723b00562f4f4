import asyncio


class CountingLock(asyncio.Lock):
    acquires = 0
    releases = 0

    async def acquire(self):
        CountingLock.acquires += 1
        return await super().acquire()

    def release(self):
        CountingLock.releases += 1
        super().release()


class LoudEnterLock(asyncio.Lock):
    async def __aenter__(self):
        print("own __aenter__")
        await self.acquire()
        return "entered"


async def holder(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.1)
        log.append(name + " out")


async def body_raises(lock):
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError as e:
        print("body raised:", e, "locked after:", lock.locked())


async def released_inside(lock):
    try:
        async with lock:
            lock.release()
            print("released by hand, locked:", lock.locked())
    except RuntimeError as e:
        print("exit raised:", e)


async def released_inside_then_raises(lock):
    try:
        async with lock:
            lock.release()
            raise KeyError("k")
    except RuntimeError as e:
        print("exit raised:", e, "context:", repr(e.__context__))


async def returns_inside(lock):
    for i in range(3):
        async with lock:
            if i == 1:
                return "returned at %d, locked %s" % (i, lock.locked())
    return "never"


async def breaks_inside(lock):
    n = 0
    while True:
        async with lock:
            n += 1
            if n == 2:
                break
            continue
    return n, lock.locked()


async def cancelled_waiter(lock):
    try:
        async with lock:
            print("cancelled_waiter got the lock?")
    except asyncio.CancelledError:
        print("waiter cancelled, locked:", lock.locked())
        raise


async def main():
    lock = asyncio.Lock()
    async with lock as bound:
        print("as binds:", bound, lock.locked())
    print("after:", lock.locked())

    log = []
    await asyncio.gather(*(holder(lock, n, log) for n in "abc"))
    print(log)

    await body_raises(lock)
    await released_inside(lock)
    await released_inside_then_raises(lock)
    print(await returns_inside(lock), lock.locked())
    print(await breaks_inside(lock))

    counting = CountingLock()
    await asyncio.gather(*(holder(counting, n, []) for n in "xyz"))
    print("counting:", CountingLock.acquires, CountingLock.releases, counting.locked())

    loud = LoudEnterLock()
    async with loud:
        print("in loud", loud.locked())
    async with loud as v:
        print("loud binds", v)

    await lock.acquire()
    t = asyncio.create_task(cancelled_waiter(lock))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled")
    lock.release()

    sem = asyncio.Semaphore(2)
    order = []

    async def sem_user(n):
        async with sem:
            order.append(("in", n, asyncio.get_running_loop().time()))
            await asyncio.sleep(0.5)
        order.append(("out", n))

    await asyncio.gather(*(sem_user(n) for n in range(5)))
    print(order)

    bsem = asyncio.BoundedSemaphore(1)
    async with bsem:
        print("bounded inside, locked:", bsem.locked())
    try:
        async with bsem:
            bsem.release()
    except ValueError as e:
        print("bounded exit raised:", e)

    cond = asyncio.Condition()
    ready = []

    async def waiter(n):
        async with cond:
            await cond.wait_for(lambda: ready)
            print("waiter", n, "saw", ready)

    ws = [asyncio.create_task(waiter(n)) for n in range(2)]
    await asyncio.sleep(0)
    async with cond:
        ready.append(1)
        cond.notify_all()
    await asyncio.gather(*ws)
    print("end", asyncio.get_running_loop().time())


asyncio.run(main())
