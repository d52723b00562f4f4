# Simulating network latency: each request sleeps for a gauss/expovariate-distributed time.
import asyncio
import random

random.seed(2024)


async def request(client, n):
    latency = max(0.001, random.gauss(0.05, 0.02))
    await asyncio.sleep(latency)
    return client, n, round(latency, 6)


async def client(name, count):
    done = []
    for n in range(count):
        # Poisson arrivals: exponential gaps between requests, mean 1/20 s.
        await asyncio.sleep(random.expovariate(20))
        done.append(await request(name, n))
    return done


async def main():
    results = await asyncio.gather(client("alpha", 4), client("beta", 3), client("gamma", 2))
    for batch in results:
        for name, n, latency in batch:
            print(f"{name}#{n}: {latency}")
    loop = asyncio.get_running_loop()
    print("virtual time:", round(loop.time(), 6) > 0)
    print([round(random.normalvariate(100, 15), 4) for _ in range(4)])
    print([round(random.lognormvariate(0, 0.5), 6) for _ in range(3)])
    print(round(random.gauss(), 10), round(random.gauss(mu=5, sigma=0.1), 10))
    print([round(random.triangular(1, 10, 3), 6) for _ in range(3)], round(random.triangular(), 6))
    print(random.triangular(5, 5), round(random.uniform(10, 20), 8))
    print([round(random.vonmisesvariate(1.0, 4.0), 8) for _ in range(2)], round(random.vonmisesvariate(0, 0), 8))
    print([round(random.gammavariate(a, 2.0), 8) for a in (0.5, 1.0, 3.0)])
    print([round(random.betavariate(2, 5), 8) for _ in range(2)])
    print(round(random.paretovariate(3), 8), round(random.weibullvariate(1.5, 2), 8))
    try:
        random.gammavariate(0, 1)
    except ValueError as err:
        print("ValueError:", err)
    try:
        random.expovariate(0)
    except ZeroDivisionError as err:
        print("ZeroDivisionError:", err)


asyncio.run(main())
