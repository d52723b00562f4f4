# CPython 3.11 limits int <-> decimal str conversions to 4300 digits (CVE-2020-10735); hex,
# octal and binary are not limited. What a program sees when it meets the limit.
big = 7 ** 6000
print(big.bit_length(), len(hex(big)), len(bin(big)), len(oct(big)), len(f"{big:x}"))

attempts = [
    ("str", lambda: str(big)),
    ("repr", lambda: repr(big)),
    ("f-string", lambda: f"{big}"),
    ("format d", lambda: format(big, "d")),
    ("format ,", lambda: format(big, ",")),
    ("percent", lambda: "%d" % big),
    ("print-ish", lambda: "value: {}".format(big)),
]
for label, attempt in attempts:
    try:
        attempt()
        print(label, "ok")
    except ValueError as e:
        print(label, "->", e)

digits = "3" * 5000
try:
    int(digits)
except ValueError as e:
    print("int():", e)
try:
    int("-" + "1_" * 4300 + "1")
except ValueError as e:
    print("int() with underscores:", e)
print(int("7" * 4300) % 1000, len(str(int("9" * 4300))))
print(int("f" * 5000, 16).bit_length(), int("1" * 6000, 2).bit_count(), int("7" * 5000, 8) % 1000)
try:
    int("z" * 5000, 36)
except ValueError as e:
    print("base 36:", e)

# just under the limit works both ways
n = 10 ** 4299
s = str(n)
print(len(s), int(s) == n, str(-n)[:5], len(str(-n)))
try:
    str(n * 10)
except ValueError as e:
    print("4301 digits:", e)

# arithmetic on huge ints is fine; only the decimal text is limited
print((big % 10 ** 20), big // 7 ** 5990 == 7 ** 10, hash(big) == hash(big + 0))
