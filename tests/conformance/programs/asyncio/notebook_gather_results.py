# await asyncio.gather(...) at the top level; the results come back in argument order.
import asyncio

async def fetch(name, delay):
    print(f"fetching {name}")
    await asyncio.sleep(delay)
    print(f"got {name}")
    return name.upper()

results = await asyncio.gather(fetch("a", 2), fetch("b", 1), fetch("c", 3))
print(results)
print("total time:", asyncio.get_running_loop().time())
