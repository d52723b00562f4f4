# `async with lock:` calls the lock's acquire() and release() as the attribute lookup finds them:
# a subclass's methods, an instance's own attribute, a property -- each must run as in CPython.
import asyncio


class CountingLock(asyncio.Lock):
    acquired = 0

    async def acquire(self):
        CountingLock.acquired += 1
        print("  acquire #", CountingLock.acquired)
        return await super().acquire()

    def release(self):
        print("  release")
        super().release()


class PropertyLock(asyncio.Lock):
    @property
    def release(self):
        print("  release looked up")
        return super().release


async def worker(lock, name, shared):
    async with lock:
        value = shared[0]
        await asyncio.sleep(0)
        shared[0] = value + 1
        print(name, "in", shared[0])


async def main():
    shared = [0]
    await asyncio.gather(*[worker(CountingLock(), f"c{i}", shared) for i in range(2)])
    counting = CountingLock()
    await asyncio.gather(*[worker(counting, f"s{i}", shared) for i in range(3)])

    own = asyncio.Lock()
    real_release = own.release

    def loud_release():
        print("  own release")
        real_release()

    own.release = loud_release  # an instance attribute shadows the class's method
    await asyncio.gather(*[worker(own, f"o{i}", shared) for i in range(2)])

    await asyncio.gather(*[worker(PropertyLock(), f"p{i}", shared) for i in range(2)])

    plain = asyncio.Lock()
    await asyncio.gather(*[worker(plain, f"l{i}", shared) for i in range(3)])
    print("total", shared[0], "locked", plain.locked(), own.locked(), counting.locked())


asyncio.run(main())
