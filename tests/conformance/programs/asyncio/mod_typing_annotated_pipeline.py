# An annotated asyncio pipeline, the way typed tutorials write it.
from __future__ import annotations

import asyncio
from typing import (Any, AsyncIterator, Awaitable, Callable, Dict, Generic, List, Optional, Tuple,
                    TypeVar, Union, cast, TYPE_CHECKING)

T = TypeVar("T")
Handler = Callable[[int], Awaitable[str]]

if TYPE_CHECKING:
    print("never printed at run time")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


async def numbers(n: int) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i


async def describe(i: int) -> str:
    await asyncio.sleep(0.05)
    return f"item {i}"


async def main() -> None:
    handler: Handler = describe
    results: List[str] = []
    seen: Dict[str, Optional[int]] = {}
    async for i in numbers(3):
        results.append(await handler(i))
        seen[str(i)] = i if i else None
    pair: Tuple[int, str] = (1, "a")
    value: Union[int, str] = cast(int, "not really an int")
    print(results, seen, pair, value)
    print(Box[int](5).get(), Box("x").get(), T, repr(Any))
    print(List[int], Dict[str, int], Optional[str], Union[int, None])


asyncio.run(main())
