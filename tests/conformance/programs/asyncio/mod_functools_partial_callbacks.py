# functools.partial for loop callbacks and done callbacks, reduce over results, lru_cache.
import asyncio
from functools import partial, reduce, lru_cache
import operator


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def report(label, fut):
    print(f"{label}: {fut.result()}")


async def compute(n, delay):
    await asyncio.sleep(delay)
    return fib(n)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, partial(print, "tick", end="!\n"))
    tasks = []
    for n, delay in [(10, 0.3), (20, 0.1), (30, 0.2)]:
        t = asyncio.create_task(compute(n, delay))
        t.add_done_callback(partial(report, f"fib({n})"))
        tasks.append(t)
    values = await asyncio.gather(*tasks)
    print(reduce(operator.add, values, 0))
    print(reduce(lambda a, b: a * b, [1, 2, 3, 4]))
    print(fib.cache_info())
    double = partial(operator.mul, 2)
    print(double(21), double.args, double.keywords)
    try:
        reduce(operator.add, [])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
