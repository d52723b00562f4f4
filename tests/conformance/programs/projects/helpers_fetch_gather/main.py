import asyncio
import time

import helpers
from helpers import fetch, Progress, RATE as rate

URLS = {"a.zip": 4, "b.iso": 12, "c.txt": 1, "d.tar": 7}


async def download(url, size, progress):
    name, got = await fetch(url, size)
    progress.tick(name)
    return got


async def main():
    progress = Progress(len(URLS))
    start = time.perf_counter()
    sizes = await asyncio.gather(*(download(u, s, progress) for u, s in URLS.items()))
    print(f"{sum(sizes)} MB in {time.perf_counter() - start:.2f}s at rate {rate}")
    print(progress, helpers.calls(), helpers.__name__)
    print(helpers.fetch is fetch, hasattr(helpers, "asyncio"))


asyncio.run(main())
