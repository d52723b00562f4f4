print(str(12), str(-0.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": 1.0}))
print(repr(12), repr(-0.5), repr(True), repr(None), repr("s"), repr([1, "a"]))
print(int("7") + float("0.5"), str(7) + "0.5", bool("False"), bool(""))
print(list(str(12345)), int("".join(["4", "2"])), "".join(map(str, [1, 2, 3])))
print(float(str(0.1 + 0.2)) == 0.1 + 0.2, str(1 / 3), str(2 ** 62))
n = 1234
digits = [int(d) for d in str(n)]
print(digits, sum(digits))
print(f"{n}", f"{n!r}", f"{'x'!r}", f"{3.0}", f"{-0.0}", f"{1e20}", f"{1e-10}")
