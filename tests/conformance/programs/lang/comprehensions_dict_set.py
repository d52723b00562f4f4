words = ["apple", "banana", "cherry", "avocado", "blueberry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
groups = {letter: [w for w in words if w[0] == letter] for letter in "abc"}
print(groups)
print({n: n ** 3 for n in range(1, 6) if n != 3})
print(sorted({len(w) for w in words}))
print(sorted({n % 4 for n in range(1, 20)}))
prices = {"milk": 1.25, "bread": 2.5, "eggs": 3.0}
print({k: round(v * 1.1, 2) for k, v in prices.items()})
print({k: v for k, v in sorted(prices.items(), key=lambda kv: -kv[1])})
print(dict((i, str(i)) for i in range(3)))
print({(i, j): i * j for i in range(2) for j in range(2)})
