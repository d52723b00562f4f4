a, b = 1, 2
a, b = b, a
print(a, b)
(x, (y, z)) = (1, (2, 3))
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
one, *empty, two = [1, 2]
print(one, empty, two)
[p, q] = "pq"
print(p, q)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
for key, (lo, hi) in {"a": (1, 2), "b": (3, 4)}.items():
    print(key, lo + hi)
m, n = divmod(17, 5)
print(m, n)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], (*[1], 2), {**{"k": 1}})
i = j = k = 0
print(i, j, k)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError:", e)
try:
    f, *g, h = [1]
except ValueError as e:
    print("ValueError:", e)
