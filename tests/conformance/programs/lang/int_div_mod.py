pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 4), (0, 5), (1, 7), (-1, 7)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}   {a} % {b} = {a % b}   divmod = {divmod(a, b)}")
print(-7 % 3, 7 % -3, -7 % -3)
print(2 ** 62 // 3, 2 ** 62 % 1000)
print(-(7 // 2), (-7) // 2, -7 // 2)
print(17 / 5, -17 / 5, 17 // 5 * 5 + 17 % 5)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(1, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
