# A status report from fetch tasks, with HTTP-like codes as an IntEnum and permissions as an
# IntFlag: members in arithmetic, comparisons, as list indexes and dict keys, and in every kind of
# formatting a report uses (f-strings, str.format, printf-style %d %x %5d %s).
import asyncio
from enum import IntEnum, IntFlag


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    SERVER_ERROR = 500


class Perm(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


async def fetch(url, delay, status):
    await asyncio.sleep(delay)
    return url, status


async def main():
    results = await asyncio.gather(
        fetch("/", 0.2, Status.OK),
        fetch("/missing", 0.1, Status.NOT_FOUND),
        fetch("/boom", 0.3, Status.SERVER_ERROR),
    )
    for url, status in results:
        print("%-10s %d %5d %x %s" % (url, status, status, status, status.name))
        print(f"{url}: {status} {status!r} {status:>6} {status.value + 1}")
        print("{} {:d} {}".format(url, status, status >= 400))
    ok = sum(1 for _, s in results if s == 200)
    print("ok:", ok, "errors:", [s for _, s in results if s >= Status.NOT_FOUND])
    buckets = [0] * 6
    for _, s in results:
        buckets[s // 100] += 1
    print(buckets, {Status.OK: "fine"}[200], Status(404), Status["OK"] < Status.SERVER_ERROR)
    mode = Perm.READ | Perm.WRITE
    print("%d %o" % (mode, mode), Perm.WRITE in mode, Perm.EXEC in mode, int(mode), mode & Perm.READ)


asyncio.run(main())
