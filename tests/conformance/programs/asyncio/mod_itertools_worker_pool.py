# Jobs handed out round-robin with itertools.cycle, numbered with count, batched with islice.
import asyncio
import itertools


async def worker(name, jobs):
    for job in jobs:
        await asyncio.sleep(0.1 * job)
        print(f"{name} finished job {job}")


async def main():
    jobs = list(range(1, 10))
    names = itertools.cycle(["alpha", "beta", "gamma"])
    assignment = {}
    for job, name in zip(jobs, names):
        assignment.setdefault(name, []).append(job)
    print(assignment)
    await asyncio.gather(*(worker(n, js) for n, js in assignment.items()))
    counter = itertools.count(1)
    print([next(counter) for _ in range(3)], next(counter))
    it = iter(range(10))
    print(list(itertools.islice(it, 2, 8, 2)), list(it))
    print(list(itertools.chain([1, 2], (3,), "ab")), list(itertools.chain.from_iterable([[1], [2, 3]])))
    print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], initial=10)))
    print(list(itertools.pairwise("abcd")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
    print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
    print(list(itertools.repeat("x", 3)), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
    print(list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))


asyncio.run(main())
