# collections.abc: checking what built-ins and user classes are, and building a read-only
# registry (Mapping) and a bounded inbox (MutableSequence) from the mixins, used by tasks.
import asyncio
from collections.abc import (AsyncIterator, Awaitable, Callable, Container, Coroutine, Generator, Hashable,
                             Iterable, Iterator, Mapping, MutableMapping, MutableSequence, Sequence, Sized)


class Registry(Mapping):
    def __init__(self, **entries):
        self._entries = dict(entries)

    def __getitem__(self, key):
        return self._entries[key]

    def __len__(self):
        return len(self._entries)

    def __iter__(self):
        return iter(self._entries)


class Inbox(MutableSequence):
    def __init__(self, limit):
        self._items = []
        self.limit = limit

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, value):
        self._items[i] = value

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, value):
        if len(self._items) >= self.limit:
            raise OverflowError("inbox full")
        self._items.insert(i, value)


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.1)
        return self.n


async def deliver(inbox, message, delay):
    await asyncio.sleep(delay)
    try:
        inbox.append(message)
    except OverflowError as e:
        print("dropped", message, "-", e)


async def main():
    print([isinstance(x, Iterable) for x in ([], "s", 5, {}, range(3))])
    print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance((x for x in []), Generator))
    print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance((), Sequence), isinstance([], Hashable))
    print(isinstance(len, Callable), isinstance(5, Sized), isinstance("ab", Container), issubclass(list, MutableSequence))
    coro = asyncio.sleep(0)
    print(isinstance(coro, Coroutine), isinstance(coro, Awaitable), isinstance(Ticker(1), AsyncIterator))
    await coro
    reg = Registry(http=80, ssh=22)
    print(reg["ssh"], reg.get("ftp", 21), "http" in reg, len(reg), sorted(reg.keys()), sorted(reg.values()))
    print(reg == {"http": 80, "ssh": 22}, dict(reg.items()), isinstance(reg, Mapping), isinstance(reg, MutableMapping))
    inbox = Inbox(limit=3)
    await asyncio.gather(*(deliver(inbox, f"m{i}", 0.1 * (4 - i)) for i in range(4)))
    print(list(inbox), len(inbox), inbox.index("m2"), inbox.count("m1"), "m3" in inbox)
    inbox.reverse()
    print(list(inbox), inbox.pop(), list(inbox))
    inbox.remove(inbox[0])
    print(list(inbox), list(reversed(inbox)))
    print([n async for n in Ticker(3)])
    try:
        Mapping()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
