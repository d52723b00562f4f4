# Orders in a PriorityQueue, compared through functools.total_ordering; a cached_property.
import asyncio
from dataclasses import dataclass
from functools import total_ordering, cached_property


@total_ordering
class Order:
    def __init__(self, priority, name):
        self.priority, self.name = priority, name

    def __eq__(self, other):
        return self.priority == other.priority

    def __lt__(self, other):
        return self.priority < other.priority

    @cached_property
    def label(self):
        print(f"(computing label of {self.name})")
        return f"{self.name.upper()}#{self.priority}"


async def producer(q):
    for p, n in [(5, "tea"), (1, "coffee"), (3, "cake"), (2, "juice")]:
        await q.put(Order(p, n))
        await asyncio.sleep(0.1)


async def consumer(q):
    await asyncio.sleep(0.5)
    while not q.empty():
        order = await q.get()
        print("serving", order.label, order.label)
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    await asyncio.gather(producer(q), consumer(q))
    a, b = Order(1, "a"), Order(2, "b")
    print(a < b, a <= b, a > b, a >= b, a == b, b >= a)


asyncio.run(main())
