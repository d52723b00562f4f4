import asyncio

import config
from tools import *  # noqa: F403

print(config.describe())
print(greet("class"), PAUSE)
try:
    helper_not_exported()
except NameError as e:
    print("NameError:", e)


async def worker(i):
    await asyncio.sleep(PAUSE * i)
    print(f"worker {i} of {config.WORKERS} done")


async def main():
    await asyncio.gather(*(worker(i) for i in range(config.WORKERS)))


asyncio.run(main())
