r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], 11 in r, 12 in r)
print(list(range(5)), list(range(-2, 3)), list(range(10, 0, -2)), list(range(0)))
print(range(3) == range(0, 3), range(0) == range(5, 5), r.index(8), r.count(5))
for i in range(3, 0, -1):
    print("countdown", i)
print(sum(range(1, 11)), max(range(7)), list(reversed(range(4))))
print(list(range(1, 10))[::2], range(100)[::25])
total = 0
for i in range(0, 100, 7):
    total += i
print(total)
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
