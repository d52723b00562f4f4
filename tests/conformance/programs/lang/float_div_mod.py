pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5, 2.5), (5, -2.5), (0.3, 0.1), (1e10, 3), (-0.0, 1)]
for a, b in pairs:
    print(f"{a!r} // {b!r} = {a // b!r}   % = {a % b!r}   divmod = {divmod(a, b)}")
print(7.0 // 2, 7 // 2.0, type(7 // 2.0).__name__)
print(-1.0 % 3, 1.0 % -3)
print(2.5 % 1, 0.7 % 0.1)
try:
    print(1.0 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.5 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
