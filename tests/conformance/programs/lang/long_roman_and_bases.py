ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} cannot be written in roman numerals")
    out = ""
    for value, symbol in ROMAN:
        while n >= value:
            out += symbol
            n -= value
    return out


def from_roman(text):
    values = {symbol: value for value, symbol in ROMAN if len(symbol) == 1}
    total = 0
    for i, ch in enumerate(text):
        v = values[ch]
        if i + 1 < len(text) and values[text[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def to_base(n, base):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r):>5}")
assert all(from_roman(to_roman(n)) == n for n in range(1, 4000))
print("round trip ok for 1..3999")
for bad in [0, 4000, -1]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
for n in [0, 5, 255, -42, 2 ** 40, 123456789]:
    print(n, [to_base(n, b) for b in (2, 8, 16, 36)])
    assert int(to_base(n, 16), 16) == n
try:
    from_roman("XIZ")
except KeyError as e:
    print("KeyError:", e)
print(sum(len(to_roman(n)) for n in range(1, 101)), max(range(1, 4000), key=lambda n: len(to_roman(n))))
