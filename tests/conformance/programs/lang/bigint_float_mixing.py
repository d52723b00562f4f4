# Big ints meet floats: exact comparisons, correctly rounded division and conversion, and the
# OverflowErrors where a float cannot hold the result.
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, float(2 ** 53 + 1), float(2 ** 64 + 2049))
print(10 ** 30 / 10 ** 10, 10 ** 30 / 3, (2 ** 200 + 1) / 2 ** 100, -(10 ** 40) / 7, 1 / 10 ** 300)
print(10 ** 400 // 10 ** 399 / 3, (10 ** 400) / (10 ** 399), 7 ** 500 / 7 ** 499)
print(2 ** 1000 * 0.5, 2 ** 100 + 0.5, 2 ** 100 - 1.0, 3 ** 100 % 7.0, divmod(2 ** 70, 1.5))

# exact comparisons with floats, as CPython (no rounding of the int)
big = 123456789012345678901234567890
f = float(big)
print(f, big == f, big < f, int(f), int(f) - big, big < float("inf"), -big > float("-inf"))
print(max(big, f), min(2 ** 70, 2.0 ** 70), sorted([2 ** 64, 1.8e19, 2 ** 64 - 1, 1.9e19]))
print(big == float("nan"), big < float("nan"), 10 ** 400 > 1e308, -(10 ** 400) < -1e308)

# floats to big ints
print(int(1e20), int(-1e25), int(1.5e300) % 10 ** 6, int(2.0 ** 100) == 2 ** 100, round(1e22), round(-2.5e20))
print(int(1e308).bit_length(), (1e20).as_integer_ratio(), (2.0 ** -70).as_integer_ratio())

# rounding big ints to tens, thousands, millions
n = 123456789012345678901234567890
print(round(n, -3), round(n, -10), round(-n, -29), round(n, -40), round(n, 5), round(25 * 10 ** 30, -31), round(35 * 10 ** 30, -31))

for label, f in [
    ("float(10**400)", lambda: float(10 ** 400)),
    ("10**400 / 3", lambda: 10 ** 400 / 3),
    ("10**400 * 1.0", lambda: 10 ** 400 * 1.0),
    ("10**400 + 0.5", lambda: 10 ** 400 + 0.5),
    ("2**-(10**400)", lambda: 2.0 ** -(10 ** 400)),
    ("int(inf)", lambda: int(float("inf"))),
    ("int(nan)", lambda: int(float("nan"))),
    ("round(inf)", lambda: round(float("-inf"))),
    ("1e308 * 10**10", lambda: 1e308 * 10 ** 10),
    ("10**500 / 10**-1", lambda: 10 ** 500 / 10 ** -1),
]:
    try:
        print(label, "=", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
