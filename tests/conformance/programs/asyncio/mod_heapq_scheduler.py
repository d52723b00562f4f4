# A tiny priority scheduler: jobs pushed on a heap, run by priority, with bisect for a sorted log.
import asyncio
import heapq
import bisect


async def run_job(name, seconds, log):
    await asyncio.sleep(seconds)
    bisect.insort(log, (seconds, name))
    print(f"done {name} after {seconds}")


async def main():
    heap = []
    for priority, name, seconds in [(3, "report", 0.3), (1, "backup", 0.5), (2, "email", 0.1), (1, "alerts", 0.2)]:
        heapq.heappush(heap, (priority, name, seconds))
    log = []
    tasks = []
    while heap:
        priority, name, seconds = heapq.heappop(heap)
        print("starting", name, "priority", priority)
        tasks.append(asyncio.create_task(run_job(name, seconds, log)))
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print(log)
    print(bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2), bisect.bisect([10, 20], 15))
    data = [5, 1, 8, 3, 9, 2]
    heapq.heapify(data)
    print(data, heapq.nsmallest(3, data), heapq.nlargest(2, data))
    print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 7), data)
    print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
    print(bisect.bisect_left([{"k": 1}, {"k": 3}], 2, key=lambda d: d["k"]))


asyncio.run(main())
