# A coroutine or generator keeps the names its function had when it was made; renaming the
# function later changes only the objects made after.
import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    return n


def count(n):
    yield from range(n)


class Shop:
    async def serve(self):
        return "served"

    def items(self):
        yield "milk"


c = fetch(1)
print(c.__name__, c.__qualname__)
fetch.__name__ = "renamed"
fetch.__qualname__ = "Outer.renamed"
d = fetch(2)
print(c.__name__, c.__qualname__, "|", d.__name__, d.__qualname__)
print(repr(d).split(" at ")[0])
c.close()
d.close()

g = count(3)
count.__qualname__ = "counting"
print(g.__name__, g.__qualname__, list(g), count(1).__qualname__)

s = Shop()
sc = s.serve()
print(sc.__name__, sc.__qualname__, s.items().__qualname__)
sc.close()


async def main():
    task = asyncio.create_task(fetch(3))
    print(await task, task.get_coro().__qualname__)


asyncio.run(main())
