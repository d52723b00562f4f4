from dataclasses import dataclass


@dataclass
class Order:
    item: str
    quantity: int = 1
    price: float = 0.0

    def total(self):
        return self.quantity * self.price


o1 = Order("milk", 2, 1.25)
o2 = Order("bread")
o3 = Order("milk", 2, 1.25)
print(o1)
print(o2)
print(repr(o1), str(o1))
print(o1 == o3, o1 == o2, o1 is o3, o1 != o2)
print(o1.total(), o2.total())
o2.quantity = 3
print(o2)
print([Order("a"), Order("b", price=2)])
print(Order(quantity=5, item="eggs"))


@dataclass
class Nested:
    name: str
    orders: list


print(Nested("basket", [o1, o2]))
try:
    Order()
except TypeError as e:
    print("TypeError:", e)
