# A cell with a class, a dataclass and an `if __name__ == "__main__":` block around an await.
import asyncio
from dataclasses import dataclass

@dataclass
class Order:
    item: str
    minutes: int

class Kitchen:
    def __init__(self):
        self.served = []

    async def cook(self, order):
        await asyncio.sleep(order.minutes)
        self.served.append(order.item)

kitchen = Kitchen()
if __name__ == "__main__":
    await asyncio.gather(*(kitchen.cook(o) for o in [Order("soup", 2), Order("bread", 1)]))
    print(kitchen.served)
    print(Order("tea", 1))
