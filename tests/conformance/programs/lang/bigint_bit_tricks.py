# Bit manipulation on big ints: masks, flags, two's complement on negatives, popcounts.
FLAGS = {name: 1 << (10 * i + 3) for i, name in enumerate(["read", "write", "exec", "admin", "audit", "root", "owner"])}
perms = FLAGS["read"] | FLAGS["write"] | FLAGS["root"]
print(perms, hex(perms), perms.bit_length(), perms.bit_count())
for name, bit in FLAGS.items():
    print(f"{name:>6} {bool(perms & bit)!s:>5} {bit:#x}")

perms ^= FLAGS["write"]
perms &= ~FLAGS["read"]
print(perms == FLAGS["root"], bin(perms).count("1"))

# two's complement view of negative numbers, as Python defines it
x = -(2 ** 70) + 12345
print(x & 0xFFFF, x | 0xFF, x ^ -1, ~x, x >> 3, x >> 200, (-1) >> 100, x << 5)
print((x & (2 ** 80 - 1)) - 2 ** 80 == x, -x & x, (x & -x).bit_length())


def to_twos(value, bits):
    return value & ((1 << bits) - 1)


def from_twos(value, bits):
    return value - (1 << bits) if value >> (bits - 1) else value


for v in (-1, -(2 ** 100), 2 ** 99, -123456789012345678901234567890):
    t = to_twos(v, 128)
    print(f"{t:032x}", from_twos(t, 128) == v)

# powers of two and lowest set bit
n = 3 * 2 ** 90
print(n & -n == 2 ** 90, (n & (n - 1)) == 2 ** 91, (2 ** 90) & (2 ** 90 - 1) == 0)
print([(1 << k).bit_length() for k in (63, 64, 65, 127, 128, 500)])
print([(-(1 << k)).bit_length() for k in (63, 64, 65)], (-(2 ** 64)).bit_count())

# a bitset of primes below 200
sieve = (1 << 200) - 1 & ~3
for p in range(2, 15):
    if sieve >> p & 1:
        for m in range(p * p, 200, p):
            sieve &= ~(1 << m)
print(sieve.bit_count(), [i for i in range(60) if sieve >> i & 1])

# shifting by huge or negative counts
print(12345 >> 2 ** 70, -12345 >> 2 ** 70, 0 << 2 ** 70)
for f in (lambda: 1 << -1, lambda: 2 ** 80 >> -2, lambda: 2 ** 80 << -(2 ** 70), lambda: 1.5 << 2):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
