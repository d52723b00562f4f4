# args: --seed 2024
import asyncio
import random


async def sleeper(i, finished):
    delay = round(random.random() * 3, 3)
    await asyncio.sleep(delay)
    finished.append((asyncio.get_running_loop().time(), i))
    return delay


async def main():
    finished = []
    tasks = [asyncio.create_task(sleeper(i, finished)) for i in range(300)]
    delays = await asyncio.gather(*tasks)
    loop = asyncio.get_running_loop()
    print("tasks:", len(tasks), "finished:", len(finished))
    print("first five to wake:", [i for t, i in finished[:5]])
    print("last five to wake:", [i for t, i in finished[-5:]])
    print("wake times sorted:", all(finished[k][0] <= finished[k + 1][0] for k in range(len(finished) - 1)))
    print("longest delay", max(delays), "ends at", loop.time())
    print("sum of delays", round(sum(delays), 3), "but the run took", loop.time())
    buckets = [0, 0, 0]
    for d in delays:
        buckets[min(int(d), 2)] += 1
    print("per second:", buckets)


asyncio.run(main())
