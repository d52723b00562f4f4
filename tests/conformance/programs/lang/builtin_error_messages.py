five = 5
nothing = None
pair = {1, 2}
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: {"a": 1}["b"],
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: "ab"[9],
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: None + 1,
    lambda: 3 < "x",
    lambda: undefined_name,
    lambda: len(5),
    lambda: five(),
    lambda: nothing(),
    lambda: five[0],
    lambda: nothing[0],
    lambda: {}[[]],
    lambda: int("x"),
    lambda: [].pop(),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: -"a",
    lambda: "a" * "b",
    lambda: pair[0],
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: max(),
    lambda: range(1.5),
    lambda: "x".join("ab", "c"),
]
for i, test in enumerate(tests):
    try:
        test()
        print(i, "no error")
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
