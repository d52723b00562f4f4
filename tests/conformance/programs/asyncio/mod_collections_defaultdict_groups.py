# Grouping finished jobs by status with defaultdict, and keeping an ordered log with OrderedDict.
import asyncio
from collections import OrderedDict, defaultdict


async def job(n):
    await asyncio.sleep(n * 0.1)
    if n % 3 == 0:
        raise ValueError(f"job {n} failed")
    return n * n


async def main():
    by_status = defaultdict(list)
    results = await asyncio.gather(*(job(n) for n in range(1, 7)), return_exceptions=True)
    for n, result in enumerate(results, start=1):
        status = "error" if isinstance(result, Exception) else "ok"
        by_status[status].append(n)
    print(by_status)
    print(by_status["ok"], by_status["pending"], sorted(by_status))
    counts = defaultdict(int)
    for word in "red blue red green red".split():
        counts[word] += 1
    print(counts, dict(counts), counts.default_factory)
    nested = defaultdict(lambda: defaultdict(int))
    nested["a"]["x"] += 2
    print(nested["a"]["x"], isinstance(nested, dict), len(nested))
    plain = defaultdict(None, {"k": 1})
    try:
        plain["missing"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        defaultdict(5)
    except TypeError as e:
        print("TypeError:", e)

    cache = OrderedDict()
    for key in ["a", "b", "c"]:
        cache[key] = key.upper()
        await asyncio.sleep(0.01)
    cache.move_to_end("a")
    print(cache, list(cache))
    cache.move_to_end("c", last=False)
    print(cache)
    print(cache.popitem(), cache.popitem(last=False), cache)
    print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
    try:
        OrderedDict().popitem()
    except KeyError as e:
        print("KeyError:", e)


asyncio.run(main())
