t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], t[::-1], len(t))
print(t.count(2), t.index(3), 2 in t)
print((1,), (), tuple(), (1, 2) + (3,), (0,) * 3)
print(type((1)).__name__, type((1,)).__name__)
single = 5,
print(single)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 9), (1, "a") == (1, "a"))
point = (3, 4)
x, y = point
print(x, y, (x ** 2 + y ** 2) ** 0.5)
pairs = [(1, "one"), (2, "two")]
for number, name in pairs:
    print(number, name)
print(max([(2, "b"), (2, "c"), (1, "z")]))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
print({(1, 2): "a"}[(1, 2)])
