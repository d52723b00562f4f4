# A stand-in for the bits of Cowait the seed's example uses: `@task` and `join`.
import asyncio
import functools

started = []


def task(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        started.append(fn.__name__)
        print(f"task {fn.__name__} starting with {kwargs}")
        return await fn(*args, **kwargs)
    return wrapper


async def join(tasks):
    """A very simple wrapper for asyncio.gather()."""
    return await asyncio.gather(*tasks)
