items = ["milk", "bread"]
items.append("eggs")
print(items)
items.extend(["jam", "tea"])
print(items)
items.insert(0, "coffee")
items.insert(100, "end")
items.insert(-1, "before-end")
print(items)
print(items.pop(), items.pop(0), items.pop(-2))
print(items)
items.remove("bread")
print(items, items.index("jam"), items.count("milk"))
items += ["milk"]
print(items.count("milk"), items.index("milk", 1))
items.reverse()
print(items)
copy = items.copy()
copy.append("extra")
print(len(items), len(copy))
items.clear()
print(items, copy)
try:
    copy.remove("caviar")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [1][3]
except IndexError as e:
    print("IndexError:", e)
try:
    x = [1, 2]
    x[5] = 0
except IndexError as e:
    print("IndexError:", e)
print(list(), list(range(3)), list("ab"), list((1, 2)), list({"k": 1}))
