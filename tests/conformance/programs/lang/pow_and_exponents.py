print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -2, (-2) ** -3)
print(pow(2, 10), pow(2, -3), pow(3, 4, 5), pow(7, 2, 10))
print(2.0 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5 * 2 ** 0.5)
print(10 ** 18, 3 ** 39, 2 ** 62, -(2 ** 62) + 1)
print(1.5 ** 2, 1.1 ** 10, 0.5 ** -2)
print(type(2 ** 3).__name__, type(2 ** -1).__name__, type(2.0 ** 3).__name__)
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2)
x = 3
x **= 3
print(x)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
