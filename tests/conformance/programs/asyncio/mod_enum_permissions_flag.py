# Permission flags combined with | and tested with `in`, checked by concurrent requests.
import asyncio
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


USERS = {"ann": Perm.READ | Perm.WRITE, "bob": Perm.READ, "cy": Perm.READ | Perm.WRITE | Perm.EXECUTE}


async def attempt(user, needed):
    await asyncio.sleep(0.05 * len(user))
    granted = USERS[user]
    ok = needed in granted
    print(f"{user} wants {needed}: {'granted' if ok else 'denied'} (has {granted!r})")
    return ok


async def main():
    results = await asyncio.gather(attempt("ann", Perm.WRITE), attempt("bob", Perm.WRITE), attempt("cy", Perm.EXECUTE))
    print(results)
    rw = Perm.READ | Perm.WRITE
    print(rw, repr(rw), list(rw), len(rw), bool(Perm(0)), repr(Perm(0)))
    print(Perm.READ.value, Perm.WRITE.value, Perm.EXECUTE.value, rw & Perm.WRITE, repr(rw ^ Perm.READ))
    print(repr(~Perm.READ), Perm(7), Perm.READ in rw, Perm.EXECUTE in rw)
    m = Mode.R | Mode.W
    print(repr(m), str(m), m == 6, m & Mode.W, int(m), Mode(5), repr(Mode(0)))
    try:
        Perm(8)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
