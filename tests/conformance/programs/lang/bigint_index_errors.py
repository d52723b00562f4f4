# Where an int is used as an index or a count, a big one raises CPython's OverflowError or
# IndexError; slices clamp big bounds; everything else keeps working with them.
items = list(range(10))
text = "hello world"
huge = 2 ** 70
print(items[:huge], items[-huge:3], items[huge:], text[:10 ** 30], text[-(10 ** 30):5], items[::huge])
print(items[2 ** 70 - 2 ** 70 + 3], text[(huge + 4) % huge])

tests = [
    ("list index", lambda: items[huge]),
    ("negative index", lambda: items[-huge]),
    ("str index", lambda: text[huge]),
    ("tuple index", lambda: (1, 2)[10 ** 20]),
    ("list repeat", lambda: [0] * huge),
    ("str repeat", lambda: "ab" * huge),
    ("negative repeat", lambda: "ab" * -huge),
    ("chr", lambda: chr(huge)),
    ("list.pop", lambda: items.pop(huge)),
    ("insert", lambda: items.insert(huge, 0)),
    ("round ndigits", lambda: round(1.5, huge)),
]
for label, f in tests:
    try:
        print(label, f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

# big ints as plain data work everywhere else
print(items.count(huge), huge in items, text.find("o"), [huge, -huge].index(-huge), (huge,) * 2)
print(max(range(5), key=lambda i: huge * i), sorted([huge, 3, -huge, 0]), list(map(bool, [huge, -huge])))
print(round(2.5, 2 ** 70), round(123.456, -(2 ** 70)))
print(str(huge).zfill(30), f"{huge!r}", [huge // 10 ** k for k in range(0, 22, 7)])
