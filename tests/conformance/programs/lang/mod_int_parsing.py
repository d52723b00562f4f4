# int() on text: big values in every base, underscores, prefixes, whitespace, and the errors a
# user-input parser has to catch.
inputs = [
    ("123456789012345678901234567890", 10),
    ("  -98765432109876543210987654321  ", 10),
    ("1_000_000_000_000_000_000_000", 10),
    ("ffffffffffffffffffffffffffffffff", 16),
    ("0xDEAD_BEEF_CAFE_BABE_1234", 0),
    ("0b" + "1" * 100, 0),
    ("0o777777777777777777777777", 0),
    ("zzzzzzzzzzzzzzzzzz", 36),
    ("+9223372036854775808", 10),
    ("-9223372036854775809", 10),
    ("10000000000000000000000", 2),
    ("\t42\n", 10),
]
for text, base in inputs:
    n = int(text, base)
    print(repr(text)[:40], base, "->", n, n.bit_length())

# round trips in every base
n = 3 ** 123
for base, conv in ((2, bin), (8, oct), (16, hex)):
    print(base, int(conv(n), 0) == n, int(conv(-n), base) == -n, int(conv(n)[2:], base) == n)
print(int(str(n)) == n, int(str(-n)) == -n, int(repr(n * n)) == n * n)

# int() of other numbers
print(int(2 ** 80), int(True), int(-3.99e25), int(7.0e19))


class Account:
    def __init__(self, cents):
        self.cents = cents

    def __index__(self):
        return self.cents

    def __int__(self):
        return self.cents


print(int(Account(10 ** 25)), hex(Account(2 ** 70)), bin(Account(2 ** 65 + 1))[:12], [0, 1, 2][Account(1)])

bad = [
    ("12345678901234567890x", 10),
    ("0x" + "f" * 30, 10),
    ("1__000", 10),
    ("_1000", 10),
    ("99999999999999999999", 8),
    ("", 10),
    ("0b", 0),
    ("10", 37),
    ("010", 0),
    ("- 5", 10),
]
for text, base in bad:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError:", e)
for f in (lambda: int(2 ** 70, 10), lambda: int("5", 2 ** 70), lambda: int(None), lambda: int([2 ** 70])):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
