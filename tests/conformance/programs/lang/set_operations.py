a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b) == a | b, a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(len(a), 3 in a, 7 in a, 7 not in a)
s = set()
s.add(1)
s.add(2)
s.add(1)
print(s, len(s), set(), bool(set()))
s.discard(5)
s.discard(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}))
words = ["pear", "apple", "pear", "fig", "apple"]
print(sorted(set(words)), len(set(words)))
print(sorted({w[0] for w in words}))
print({n % 3 for n in range(10)})
print(sorted({x * x for x in [-2, -1, 0, 1, 2]}))
print(set([1, 2, 2, 3]) == {3, 2, 1}, frozenset({1, 2}) == {1, 2})
c = {1, 2, 3}
c |= {4}
c -= {1}
print(c)
print(sorted(set("mississippi")))
