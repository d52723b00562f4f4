# Picking jobs for a batch: sample, sample with counts, shuffle, choice and randrange.
import asyncio
import random

JOBS = [f"job-{i:02d}" for i in range(30)]


async def run_job(name, queue):
    await asyncio.sleep(random.randrange(1, 5) / 10)
    await queue.put(name)


async def main():
    random.seed(7)
    batch = random.sample(JOBS, 5)
    print("batch:", batch)
    queue = asyncio.Queue()
    await asyncio.gather(*(run_job(name, queue) for name in batch))
    finished = [queue.get_nowait() for _ in range(queue.qsize())]
    print("finished order:", finished)
    print(random.sample(range(1000000), 4), random.sample(range(10), 10))
    print(random.sample(["red", "blue"], counts=[4, 2], k=5))
    deck = list(range(1, 11))
    random.shuffle(deck)
    print("deck:", deck)
    print(random.choice("abcdef"), random.choice(JOBS), random.randint(-5, 5), random.randrange(0, 100, 7))
    print(random.randrange(10, 0, -3), random.randrange(50), random.getrandbits(12), random.getrandbits(63) >= 0)
    print(random.randrange(3), random.random())
    errors = [
        lambda: random.sample({"a", "b"}, 1),
        lambda: random.sample(JOBS, 31),
        lambda: random.sample(JOBS, -1),
        lambda: random.sample(["x", "y"], 2, counts=[1]),
        lambda: random.choice([]),
        lambda: random.randrange(0),
        lambda: random.randrange(5, 5),
        lambda: random.randrange(1, 10, 0),
        lambda: random.randint(3, 1),
        lambda: random.getrandbits(-1),
        lambda: random.seed([1, 2]),
    ]
    for make_error in errors:
        try:
            make_error()
        except (ValueError, TypeError, IndexError) as err:
            print(type(err).__name__ + ":", err)


asyncio.run(main())
