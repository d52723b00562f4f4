fruits = ["apple", "banana", "cherry"]
print(list(enumerate(fruits)), list(enumerate(fruits, start=1)))
for i, f in enumerate(fruits, 10):
    print(i, f)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3), range(3), range(3))))
print(list(map(str.upper, fruits)), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda s: "an" in s, fruits)))
print(list(reversed(fruits)), list(reversed(range(4))), list(reversed("abc")))
print(sorted([3, 1, 2], reverse=True), sorted(fruits, key=lambda s: s[1]))
print(min(fruits), max(fruits), min(fruits, key=len), max(fruits, key=len))
print(min([], default="empty"), max([], default=0), min(3, 1, 2), max(1, 5, key=lambda n: -n))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(101)))
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in [1, 3]))
print(len(range(0, 10, 3)), list(range(10, 0, -3)), list(range(-3)), range(5)[-1], 3 in range(5))
print(range(0, 10, 2), list(range(5, 2)), range(10)[2:5], len(range(-5, 5)))
print(abs(-5), abs(-2.5), bool(0), bool(0.0), bool("0"), bool([]), bool(None), bool(-1))
print(list(zip(*[(1, "a"), (2, "b")])))
z = zip("xy", [1, 2])
print(next(z), list(z))
m = map(lambda x: x * 2, [1, 2])
print(type(m).__name__, list(m), list(m))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min([], key=len)
except ValueError as e:
    print("ValueError:", e)
