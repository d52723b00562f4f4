# Tasks blocked in `await lock.acquire()` / `async with lock:`: cancelled while waiting, cancelled
# after being woken (the turn passes to the next in line), all waiters cancelled (a newcomer takes
# the free lock at once), and the lock's class patched while they wait.
import asyncio


class Plain(asyncio.Lock):
    pass


async def holder(lock, name, seconds):
    try:
        async with lock:
            print(f"t={asyncio.get_running_loop().time()} {name} holds it")
            await asyncio.sleep(seconds)
        print(f"t={asyncio.get_running_loop().time()} {name} released it")
    except asyncio.CancelledError:
        print(f"t={asyncio.get_running_loop().time()} {name} cancelled, locked={lock.locked()}")
        raise


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(holder(lock, "a", 1))
    b = asyncio.create_task(holder(lock, "b", 1))
    c = asyncio.create_task(holder(lock, "c", 1))
    d = asyncio.create_task(holder(lock, "d", 1))
    await asyncio.sleep(0.5)
    b.cancel()                                   # cancelled while waiting
    await asyncio.sleep(0)
    print("waiting:", len(lock._waiters))
    await asyncio.sleep(0.5)                     # a releases at t=1: wakes c
    c.cancel()                                   # ... cancelled before it runs: d's turn
    await asyncio.gather(a, b, c, d, return_exceptions=True)
    print("waiters left:", len(lock._waiters), "locked:", lock.locked())

    lock = asyncio.Lock()
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w1.cancel()
    w2.cancel()
    lock.release()
    print("all cancelled, waiting:", len(lock._waiters), "taken at once:", await lock.acquire())
    await asyncio.gather(w1, w2, return_exceptions=True)
    print("waiting:", len(lock._waiters), "locked:", lock.locked())
    lock.release()

    lock = Plain()
    e = asyncio.create_task(holder(lock, "e", 1))
    f = asyncio.create_task(holder(lock, "f", 1))
    g = asyncio.create_task(holder(lock, "g", 1))
    await asyncio.sleep(0.5)
    original = Plain._wake_up_first

    def loud_wake_up_first(self):
        print("  patched _wake_up_first, waiting:", len(self._waiters))
        original(self)

    Plain._wake_up_first = loud_wake_up_first
    await asyncio.sleep(0.5)                     # e releases: wakes f (patched method)
    f.cancel()                                   # ... cancelled before it runs: passes to g
    await asyncio.gather(e, f, g, return_exceptions=True)

    lock = asyncio.Lock()
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), timeout=0.25)
    except asyncio.TimeoutError:
        print("wait_for timed out; waiting:", len(lock._waiters))
    lock.release()
    print("free:", not lock.locked())


asyncio.run(main())
