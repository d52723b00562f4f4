from dataclasses import dataclass, field


@dataclass
class Product:
    sku: str
    name: str
    price: float
    quantity: int = 0
    tags: list = field(default_factory=list)

    def value(self):
        return self.price * self.quantity


@dataclass
class Inventory:
    products: dict = field(default_factory=dict)
    log: list = field(default_factory=list)

    def add(self, product):
        if product.sku in self.products:
            raise KeyError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product
        self.log.append(f"added {product.sku}")

    def restock(self, sku, amount):
        self.products[sku].quantity += amount
        self.log.append(f"restocked {sku} +{amount}")

    def sell(self, sku, amount):
        product = self.products[sku]
        if product.quantity < amount:
            self.log.append(f"short {sku}")
            return 0.0
        product.quantity -= amount
        self.log.append(f"sold {sku} -{amount}")
        return product.price * amount

    def low_stock(self, threshold=5):
        return [p.name for p in self.products.values() if p.quantity < threshold]

    def by_tag(self, tag):
        return sorted(p.sku for p in self.products.values() if tag in p.tags)


inv = Inventory()
inv.add(Product("M1", "milk", 1.25, 10, ["dairy", "fresh"]))
inv.add(Product("B1", "bread", 2.5, 3, ["bakery", "fresh"]))
inv.add(Product("C1", "cheese", 7.8, 2, ["dairy"]))
inv.add(Product("J1", "jam", 3.1))
try:
    inv.add(Product("M1", "more milk", 1.0))
except KeyError as e:
    print("KeyError:", e)
revenue = 0.0
for sku, qty in [("M1", 4), ("B1", 5), ("C1", 2), ("J1", 1), ("B1", 3)]:
    revenue += inv.sell(sku, qty)
inv.restock("J1", 12)
inv.restock("C1", 6)
print(f"revenue: {revenue:.2f}")
print("low stock:", inv.low_stock())
print("dairy:", inv.by_tag("dairy"), "fresh:", inv.by_tag("fresh"))
for product in sorted(inv.products.values(), key=lambda p: p.value(), reverse=True):
    print(f"{product.sku:<3} {product.name:<8} {product.quantity:>3} x {product.price:>5.2f} = {product.value():>7.2f}")
print(inv.products["B1"])
print(len(inv.log), inv.log[-3:])
total_value = sum(p.value() for p in inv.products.values())
print(f"stock value {total_value:.2f}", Product("X", "x", 1.0) == Product("X", "x", 1.0))
