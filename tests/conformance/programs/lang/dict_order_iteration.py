d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
print(d)
for key in d:
    print(key, d[key])
del d["zebra"]
d["zebra"] = 4
print(list(d))
d["apple"] = 20
print(d)
for key, value in d.items():
    print(f"{key}={value}")
squares = {n: n * n for n in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
by_len = {}
for word in ["a", "bb", "cc", "d", "eee"]:
    by_len.setdefault(len(word), []).append(word)
print(by_len)
inverted = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inverted)
print(sorted(d.items(), key=lambda kv: kv[1]), max(d, key=d.get))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", None: "none"})
print(d.keys(), d.values(), d.items())
merged = {**{"a": 1}, **{"b": 2, "a": 3}}
print(merged)
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
