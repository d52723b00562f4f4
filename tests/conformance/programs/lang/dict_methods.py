stock = {"milk": 2, "bread": 1}
print(stock.get("milk"), stock.get("eggs"), stock.get("eggs", 0))
print(stock.setdefault("eggs", 12), stock.setdefault("milk", 99), stock)
print(stock.pop("bread"), stock.pop("bread", "gone"), stock)
stock["jam"] = 3
print(stock.popitem(), stock)
stock.update({"milk": 5, "tea": 1})
stock.update(coffee=2)
stock.update([("sugar", 4)])
print(stock)
print(list(stock.keys()), list(stock.values()), list(stock.items()))
copy = stock.copy()
copy["milk"] = 0
print(stock["milk"], copy["milk"])
print(dict.fromkeys(["a", "b", "c"]), dict.fromkeys("xy", 0))
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("abc", range(3))))
print("milk" in stock, "bread" in stock, 5 in stock, len(stock))
del stock["tea"]
print(stock)
stock.clear()
print(stock, bool(stock))
try:
    stock["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    del stock["x"]
except KeyError as e:
    print("KeyError:", repr(e))
