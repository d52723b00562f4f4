# Tens of thousands of tasks sleeping in rounds: 20,000 tasks x 10 rounds.
import asyncio
import random

TASKS = 20000
ROUNDS = 10


async def sleeper(n):
    total = 0.0
    for r in range(ROUNDS):
        d = random.random()
        total += d
        await asyncio.sleep(d)
    return total


async def main():
    results = await asyncio.gather(*[sleeper(n) for n in range(TASKS)])
    print("tasks", len(results), "t", round(asyncio.get_running_loop().time(), 6))


asyncio.run(main())
