# An abstract Shape with abstract methods and an abstract property; concrete shapes are measured
# by worker tasks; instantiating the abstract ones fails with CPython's message.
import asyncio
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def label(self):
        ...

    def describe(self):
        return f"{self.label}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def label(self):
        return f"rect {self.w}x{self.h}"


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class HalfDone(Shape):
    def area(self):
        return 0


async def measure(shape, delay):
    await asyncio.sleep(delay)
    print(shape.describe())
    return shape.area()


async def main():
    areas = await asyncio.gather(measure(Rect(2, 3), 0.2), measure(Square(4), 0.1))
    print("areas:", areas)
    for cls in (Shape, HalfDone):
        try:
            cls()
        except TypeError as e:
            print("TypeError:", e)
    print(isinstance(Square(1), Shape), issubclass(Square, Rect), issubclass(int, Shape))
    print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Rect.__abstractmethods__)


asyncio.run(main())
