# One random.Random per worker: independent, reproducible streams; getstate/setstate to replay.
import asyncio
import random


class Worker:
    def __init__(self, name, seed):
        self.name = name
        self.rng = random.Random(seed)

    async def run(self, steps, log):
        for step in range(steps):
            delay = self.rng.uniform(0.01, 0.1)
            await asyncio.sleep(delay)
            log.append((self.name, step, self.rng.randint(1, 6)))


async def main():
    random.seed(1)
    before = random.random()
    log = []
    workers = [Worker("w1", 11), Worker("w2", "worker-two"), Worker("w3", 3.25)]
    await asyncio.gather(*(w.run(3, log) for w in workers))
    for entry in log:
        print(entry)
    random.seed(1)
    print("module stream untouched:", random.random() == before)
    a, b = random.Random(42), random.Random(42)
    print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
    state = a.getstate()
    print(type(state).__name__, len(state), state[0], len(state[1]), state[2])
    first = [a.randrange(100) for _ in range(5)]
    a.setstate(state)
    print(first, [a.randrange(100) for _ in range(5)] == first)
    g = random.Random(5)
    g.gauss()
    saved = g.getstate()
    print(saved[2] is not None, round(g.gauss(), 12))
    g.setstate(saved)
    print(round(g.gauss(), 12))
    text = random.Random("hello world")
    print(text.random(), random.Random("").randint(1, 10**6), random.Random(-42).random() == random.Random(42).random())
    print(random.Random(2**40 + 3).random(), random.Random(0).random(), random.Random(True).random() == random.Random(1).random())
    c = random.Random()
    c.seed(99)
    print(c.choices("abc", k=4), c.sample([1, 2, 3, 4], 2))
    for bad in [("x", [], None), (7, (), None)]:
        try:
            c.setstate(bad)
        except (ValueError, TypeError) as err:
            print(type(err).__name__ + ":", err)

    class Loaded(random.Random):
        def random(self):
            return 0.999

    print(Loaded(1).choices(["a", "b", "c"], k=2), Loaded(1).uniform(0, 10))


asyncio.run(main())
