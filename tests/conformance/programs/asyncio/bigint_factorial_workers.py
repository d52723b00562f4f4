# A worker pool computes factorials and binomials of growing size from a queue; the
# coordinator gathers their results, like a "distribute CPU work" tutorial.
import asyncio
import math


async def worker(wid, jobs, results):
    while True:
        kind, n, k = await jobs.get()
        try:
            if kind == "fact":
                value = math.factorial(n)
            elif kind == "comb":
                value = math.comb(n, k)
            else:
                raise ValueError(f"unknown job {kind!r}")
            await asyncio.sleep(len(str(value)) / 10000)
            results[(kind, n, k)] = value
            print(f"worker {wid}: {kind}({n}, {k}) -> {len(str(value))} digits")
        except ValueError as exc:
            print(f"worker {wid}: failed: {exc}")
        finally:
            jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    results = {}
    for n in (20, 21, 50, 100, 170, 171, 300):
        jobs.put_nowait(("fact", n, 0))
    for n, k in ((100, 50), (500, 250), (1000, 3), (60, 30)):
        jobs.put_nowait(("comb", n, k))
    jobs.put_nowait(("fact", -5, 0))
    jobs.put_nowait(("sqrt", 2, 0))
    workers = [asyncio.create_task(worker(i, jobs, results)) for i in range(3)]
    await jobs.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    f = results[("fact", 300, 0)]
    print(f // results[("fact", 171, 0)] % 10 ** 9, f.bit_length(), str(f).rstrip("0")[-8:], len(str(f)) - len(str(f).rstrip("0")))
    print(results[("fact", 21, 0)], results[("fact", 21, 0)] > 2 ** 63, results[("fact", 20, 0)] < 2 ** 63)
    print(results[("comb", 100, 50)] == results[("fact", 100, 0)] // (math.factorial(50) ** 2))
    print(results[("comb", 1000, 3)], results[("comb", 60, 30)])
    total = sum(results.values())
    print(total % 998244353, len(results), sorted(results)[:3])
    # Stirling's approximation against the exact value, via logarithms of big ints
    n = 300
    exact = math.log(results[("fact", n, 0)])
    approx = n * math.log(n) - n + 0.5 * math.log(2 * math.pi * n)
    print(round(exact, 6), round(approx, 6), round(exact - approx, 9))


asyncio.run(main())
