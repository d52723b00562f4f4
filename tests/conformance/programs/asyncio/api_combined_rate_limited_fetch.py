import asyncio
import random


async def fetch(url, sem, results):
    loop = asyncio.get_running_loop()
    async with sem:
        cost = random.choice([0.2, 0.4, 0.8, 3])
        try:
            await asyncio.wait_for(asyncio.sleep(cost), timeout=1)
            results[url] = f"ok in {cost}"
        except asyncio.TimeoutError:
            results[url] = "timed out"
        print(f"t={round(loop.time(), 6)} {url}: {results[url]}")


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(3)
    results = {}
    urls = [f"site{i}" for i in range(8)]
    tasks = [asyncio.create_task(fetch(u, sem, results), name=u) for u in urls]
    done, pending = await asyncio.wait(tasks, timeout=2)
    print(f"after 2 s: {len(done)} done, still running {sorted(t.get_name() for t in pending)}")
    await asyncio.gather(*pending)
    print("finished at", round(loop.time(), 6))
    print({u: results[u] for u in urls})


asyncio.run(main())
