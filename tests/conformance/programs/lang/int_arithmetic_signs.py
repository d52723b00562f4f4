# Small-int + - * // % (also in place, with negative operands and zero divisors) as CPython.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**31, -2**31, 123456789, -987654321, 3037000499, -3037000499]
out = []
for x in vals:
    for y in vals:
        out.append(x + y); out.append(x - y); out.append(x * y)
        if y:
            out.append(x // y); out.append(x % y)
        z = x; z += y; out.append(z)
        z = x; z -= y; out.append(z)
        z = x; z *= y; out.append(z)
        if y:
            z = x; z //= y; out.append(z)
            z = x; z %= y; out.append(z)
print(len(out), out)
print(True + 1, True * 3, 7 // True, 5 % True, -7 // 2, -7 % 2, 7 // -2, 7 % -2)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("zde", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("zde", e)
x = 5; x //= 0
