import dataclasses
from dataclasses import dataclass, field


@dataclass
class Basket:
    owner: str
    items: list = field(default_factory=list)
    count: int = field(init=False, default=0)

    def add(self, item):
        self.items.append(item)
        self.count += 1


b1 = Basket("ann")
b2 = Basket("bob")
b1.add("milk")
b1.add("eggs")
print(b1)
print(b2)
print(b1.items is b2.items)


@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    label: str = "rect"

    def __post_init__(self):
        self.area = self.width * self.height
        print("post_init ran for", self.label)


r = Rectangle(3, 4.5)
print(r)
r2 = Rectangle(2, 2, "square")
print(r2, r2.area)


@dataclasses.dataclass
class Tagged:
    tags: dict = dataclasses.field(default_factory=dict)
    hidden: int = field(default=7, repr=False)


t = Tagged()
t.tags["x"] = 1
print(t, Tagged(), t.hidden)
try:
    Rectangle(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
