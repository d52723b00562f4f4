import asyncio


class Session:
    opened = 0

    def __init__(self, name, sem):
        self.name = name
        self.sem = sem

    async def __aenter__(self):
        await self.sem.acquire()
        Session.opened += 1
        print(f"t={asyncio.get_running_loop().time()} open {self.name} ({Session.opened} open)")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        Session.opened -= 1
        self.sem.release()
        what = "ok" if exc_type is None else f"error {exc_type.__name__}: {exc}"
        print(f"t={asyncio.get_running_loop().time()} close {self.name} ({what})")
        return exc_type is ConnectionError


async def use(name, sem, lock, seconds, fail=None):
    async with Session(name, sem) as s:
        await asyncio.sleep(seconds)
        if fail is not None:
            raise fail
        async with lock:
            print(f"t={asyncio.get_running_loop().time()} {s.name} writes the log")
            await asyncio.sleep(0.25)
    return name


async def main():
    sem = asyncio.Semaphore(2)
    lock = asyncio.Lock()
    results = await asyncio.gather(
        use("s1", sem, lock, 1),
        use("s2", sem, lock, 1, fail=ConnectionError("dropped")),
        use("s3", sem, lock, 0.5),
        use("s4", sem, lock, 0.5, fail=KeyError("missing")),
        return_exceptions=True,
    )
    print([r if isinstance(r, str) else repr(r) for r in results])
    print("sessions open:", Session.opened, "semaphore locked:", sem.locked(), "lock locked:", lock.locked())


asyncio.run(main())
