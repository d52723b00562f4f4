it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys), next(keys))
chars = iter("xy")
print(list(chars), list(chars))
numbers = iter(range(5))
print(next(numbers))
print(list(numbers))
it2 = iter([1, 2, 3])
print(iter(it2) is it2)
for x in it2:
    print("loop", x)
    if x == 1:
        print("skip", next(it2))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
pairs = iter([("a", 1), ("b", 2)])
print(dict(pairs))
rows = iter(["header", "r1", "r2"])
header = next(rows)
print(header, [r for r in rows])
