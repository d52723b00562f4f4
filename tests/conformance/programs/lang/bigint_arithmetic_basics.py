# Python ints never overflow: the classic "how big can an int get?" tour, with signs, floor
# division, powers and the switch back to small values.
big = 2 ** 64
print(big, big - 1, -big, big * big)
print(type(big).__name__, isinstance(big, int), big > 0, bool(big), bool(big - big))

# the famous one from every tutorial
print(2 ** 100)
print(9999999999999999999 + 1, 123456789 * 987654321 * 123456789 * 987654321)

# floor division and modulo follow the divisor's sign, big or small
a = 10 ** 30 + 7
for x, y in [(a, 7), (-a, 7), (a, -7), (-a, -7), (a, 10 ** 20), (-a, 3 * 10 ** 25)]:
    q, r = divmod(x, y)
    print(x // y, x % y, q * y + r == x, (q, r) == (x // y, x % y))

# results that come back down to 64 bits compare equal to small ints
huge = 2 ** 80
print(huge // 2 ** 70, huge - huge + 5, (huge + 1) - huge, huge // huge)
print((2 ** 63) - 1, -(2 ** 63), -(2 ** 63) - 1, 2 ** 63 == 9223372036854775808)
n = 9223372036854775807
n += 1
print(n, n - 1 == 9223372036854775807, -n, abs(-n), abs(-2 ** 63))

# powers, negative exponents give floats
print(3 ** 50, (-3) ** 51, 7 ** 0, 0 ** 0, 2 ** -3, (10 ** 20) ** 2)
print(pow(2, 200) // pow(2, 190), pow(-2, 65), pow(10, 25) % 997)

# accumulating in a loop
total = 1
for i in range(1, 31):
    total *= i
print("30! =", total, "digits:", len(str(total)))

values = [3 ** 40, -(2 ** 70), 5, 10 ** 19, -7]
print(sum(values), min(values), max(values), sorted(values))
print(sorted(values, key=abs), sum(v * v for v in values))

# in-place operators
acc = 1
for _ in range(5):
    acc <<= 20
    acc += 1
print(acc, acc >> 90, acc & 0xFFFFF)
acc //= 3
acc %= 10 ** 12
print(acc, -acc // 10 ** 6)

# errors keep CPython's words
for f in (lambda: 10 ** 30 // 0, lambda: 10 ** 30 % 0, lambda: divmod(10 ** 30, 0), lambda: 10 ** 30 / 0,
          lambda: 0 ** -1, lambda: 2 ** 70 + "x", lambda: "x" * 2.5):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
