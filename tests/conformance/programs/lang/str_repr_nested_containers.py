data = {
    "name": "demo",
    "values": [1, 2.5, -0.0, None, True],
    "nested": {"t": (1, "two", [3.0]), "empty": {}, "e2": [], "e3": ()},
    "quote": "it's",
}
print(data)
print(str(data) == repr(data))
print([["a", "b"], ("c",), {"d": "e"}])
print(str(["x"]), repr(["x"]), str("x"), repr("x"))
print([1e16, 0.1 + 0.2, float("inf"), float("nan")])
print((1, (2, (3,))), [[], [[]]], {"k": {"k": {"k": None}}})
print([None, False, 0, "", "None"])
print({1: [1, {2: (3,)}]})
print(list(range(3)), tuple(range(0)), dict(), str([]))
big = list(range(25))
print(big)
print([["row", i] for i in range(3)])
