a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[8:2:-2])
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
del a[0]
print(a)
del a[::2]
print(a)
b = [0, 1, 2, 3, 4, 5]
b[::2] = ["a", "b", "c"]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = b[:]
c[0] = "changed"
print(b[0], c[0])
d = [1, 2, 3]
d[1:2] = [7, 8, 9]
print(d, len(d))
del d[-2:]
print(d)
