# A retry decorator for coroutines, the way tutorials write one with functools.wraps.
import asyncio
import functools
import random


def retry(times=3, delay=0.5):
    def decorator(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await func(*args, **kwargs)
                except ConnectionError as exc:
                    print(f"{func.__name__}: attempt {attempt} failed: {exc}")
                    await asyncio.sleep(delay * attempt)
            raise RuntimeError(f"{func.__name__} failed after {times} attempts")
        return wrapper
    return decorator


@retry(times=4)
async def fetch(url):
    """Pretend to fetch a URL."""
    await asyncio.sleep(0.1)
    if random.random() < 0.6:
        raise ConnectionError(f"cannot reach {url}")
    return f"<html>{url}</html>"


async def main():
    print(fetch.__name__, fetch.__doc__, fetch.__wrapped__.__name__)
    results = await asyncio.gather(fetch("a.example"), fetch("b.example"), return_exceptions=True)
    for r in results:
        print(repr(r))


asyncio.run(main())
