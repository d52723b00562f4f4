# A load balancer choosing backends with weights (and cumulative weights), k picks at a time.
import asyncio
import random

BACKENDS = ["eu-1", "eu-2", "us-1", "ap-1"]
WEIGHTS = [5, 3, 1.5, 0.5]


async def backend(name, requests, served):
    while True:
        req = await requests.get()
        await asyncio.sleep(0.01 * (1 + BACKENDS.index(name)))
        served[name] = served.get(name, 0) + 1
        requests.task_done()


async def main():
    random.seed("load-balancer")
    queues = {name: asyncio.Queue() for name in BACKENDS}
    served = {}
    workers = [asyncio.create_task(backend(n, queues[n], served)) for n in BACKENDS]
    picks = random.choices(BACKENDS, weights=WEIGHTS, k=40)
    for i, name in enumerate(picks):
        await queues[name].put(i)
    for q in queues.values():
        await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(picks[:12])
    print(sorted(served.items()))
    print(random.choices(BACKENDS, cum_weights=[10, 20, 25, 26], k=6))
    print(random.choices(BACKENDS), random.choices(BACKENDS, k=3), random.choices(range(3), [0, 0, 1], k=2))
    print(random.choices("xyz", weights=(1, 1, 1), k=0))
    errors = [
        lambda: random.choices(BACKENDS, 3),
        lambda: random.choices(BACKENDS, weights=[1, 2]),
        lambda: random.choices(BACKENDS, weights=[1, 1, 1, 1], cum_weights=[1, 2, 3, 4]),
        lambda: random.choices(BACKENDS, weights=[0, 0, 0, 0]),
        lambda: random.choices(BACKENDS, weights=[1, 1, float("inf"), 1]),
        lambda: random.choices([], k=2),
    ]
    for make_error in errors:
        try:
            make_error()
        except (ValueError, TypeError, IndexError) as err:
            print(type(err).__name__ + ":", err)


asyncio.run(main())
