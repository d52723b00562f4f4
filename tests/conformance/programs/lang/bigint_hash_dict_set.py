# Big ints as dictionary keys and set members: hashes follow CPython's modulus 2**61 - 1, and
# equal numbers (int, float, bool, big or small) are the same key.
M = 2 ** 61 - 1
samples = [M, M + 1, -M, -(M + 1), 2 ** 64, -(2 ** 64), 2 ** 100 + 17, -(3 ** 90), 10 ** 40, M * 12345 - 1]
for n in samples:
    print(n, hash(n), hash(n) == hash(n % M if n >= 0 else -(-n % M)))

print(hash(2 ** 70) == hash(float(2 ** 70)), hash(2.0 ** 100) == hash(2 ** 100), hash(-1), hash(-(2 ** 61 - 1) - 1))

# the same number reached two ways is one key
counts = {}
for n in [2 ** 70, 2 ** 35 * 2 ** 35, (2 ** 71) // 2, 1180591620717411303424, 4 ** 35]:
    counts[n] = counts.get(n, 0) + 1
print(counts)

# results that shrink back to 64 bits find small keys
small_keys = {5: "five", -1: "minus one", 0: "zero"}
print(small_keys[2 ** 80 - 2 ** 80 + 5], small_keys[(2 ** 90 - 1) // 2 ** 90 - 1], small_keys[10 ** 30 % 10 ** 10])

ids = {10 ** 20 + i for i in range(5)} | {10 ** 20 + i for i in range(3, 8)}
print(len(ids), sorted(ids)[:3], 10 ** 20 + 7 in ids, 10 ** 20 + 8 in ids)
print(2.0 ** 80 in {2 ** 80}, 2 ** 80 in {2.0 ** 80}, {2 ** 80: "a", 2.0 ** 80: "b"})
print(frozenset({2 ** 65, -(2 ** 65)}) == frozenset({-(2 ** 65), 2 ** 65}))

# tuples of big ints hash like CPython's
print(hash((2 ** 64, 1)), hash((-(2 ** 100), 2 ** 100)), hash(()))

# memoised big results in a dict
cache = {}


def fib(n):
    if n < 2:
        return n
    if n not in cache:
        cache[n] = fib(n - 1) + fib(n - 2)
    return cache[n]


print(fib(150), len(cache), max(cache.values()) == fib(150))
lookup = {v: k for k, v in cache.items()}
print(lookup[fib(120)], lookup.get(fib(120) + 1, "absent"))
