# IntEnum status codes and StrEnum methods of a small simulated HTTP client; aliases, unique,
# _missing_ and methods on members.
import asyncio
from enum import Enum, IntEnum, StrEnum, auto, unique


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self >= 400


class Method(StrEnum):
    GET = auto()
    POST = auto()


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


async def request(method, path):
    await asyncio.sleep(0.1 if method is Method.GET else 0.2)
    code = Status.OK if path == "/" else Status.NOT_FOUND
    return method, path, code


async def main():
    for method, path, code in await asyncio.gather(request(Method.GET, "/"), request(Method.POST, "/missing")):
        print(method, path, code, repr(code), code.is_error, code == 200, int(code) + 1)
    print(Status(404), Status.OK < Status.SERVER_ERROR, f"{Status.OK}", sorted([Status.SERVER_ERROR, Status.OK]))
    print(Method.GET, repr(Method.POST), Method.GET == "get", Method.GET.upper(), f"[{Method.POST}]")
    print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, list(Shape), len(Shape))
    print(Shape("circle"), Shape(1), list(Shape.__members__))
    try:
        Shape(7)
    except ValueError as e:
        print("ValueError:", e)
    try:
        @unique
        class Mistake(Enum):
            ONE = 1
            TWO = 2
            THREE = 2
    except ValueError as e:
        print("ValueError:", e)
    Animal = Enum("Animal", "ANT BEE CAT")
    print(list(Animal), Animal.BEE.value, Animal(3))


asyncio.run(main())
