# Class annotations are evaluated objects (typing.NamedTuple and TypedDict read them),
# globals() and a function's __globals__, vars(), __qualname__.
from typing import ClassVar, NamedTuple, Optional, TypedDict
from dataclasses import dataclass


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1

    def promote(self):
        return self._replace(level=self.level + 1)


class Movie(TypedDict):
    title: str
    year: int


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    bank: ClassVar[str] = "Loopstep Bank"
    note: Optional[str] = None


print(Employee.__annotations__, Employee._field_defaults)
e = Employee("ann")
print(e, e.promote(), e.promote().level, isinstance(e, tuple), Employee._fields)
name, dept, level = e
print(name, dept, level)
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__)
m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__))
print(Account("bo"), list(Account.__annotations__), Account.bank)
print(Account.__annotations__["owner"] is str, Account.__annotations__["bank"])

counter = 0


def bump():
    globals()["counter"] += 1
    return counter


bump()
bump()
print(counter, "bump" in globals(), bump.__globals__ is globals(), globals()["__name__"])


class Outer:
    class Inner:
        def method(self):
            pass


print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, bump.__qualname__)
obj = Outer.Inner()
obj.a = 1
print(vars(obj), sorted(k for k in vars(Outer) if not k.startswith("__")))
try:
    vars(5)
except TypeError as err:
    print("TypeError:", err)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as err:
    print("TypeError:", err)
