# compare: stderr
# A library warning its callers: warnings.warn with a category and stacklevel=2 so the warning
# names the caller's line, the default "once per location" rule, and DeprecationWarning, which
# 3.11 shows only when the code that triggers it is in __main__.
import asyncio
import warnings


def old_fetch(url):
    warnings.warn("old_fetch() is deprecated, use fetch()", DeprecationWarning, stacklevel=2)
    return url.upper()


def risky_ratio(a, b):
    if b == 0:
        warnings.warn(f"division by zero for {a}, using 0", RuntimeWarning)
        return 0
    return a / b


async def worker(name, pairs):
    for a, b in pairs:
        await asyncio.sleep(0.1)
        print(name, risky_ratio(a, b))


async def main():
    for i in range(3):
        print(old_fetch(f"http://site/{i}"))
    await asyncio.gather(worker("w1", [(1, 2), (3, 0), (4, 0)]), worker("w2", [(5, 0), (6, 3)]))
    warnings.warn("plain user warning")
    warnings.warn("plain user warning")
    for i in range(2):
        warnings.warn("inside a loop: shown once")
    warnings.warn(UserWarning("an instance as the message"))
    warnings.warn("a FutureWarning", FutureWarning)
    warnings.warn("pending", PendingDeprecationWarning)
    try:
        warnings.warn("bad", category=ValueError)
    except TypeError as e:
        print("TypeError:", e)
    print("main done")


asyncio.run(main())
