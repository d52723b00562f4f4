# The math module on big ints: factorials and binomials for counting problems, gcd/lcm of huge
# numbers, integer square roots, logarithms of ints too big for a float.
import math

print(math.factorial(25), math.factorial(50))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 9 + 7), str(math.factorial(500)).count("0"))
print(math.comb(100, 50), math.comb(200, 3), math.comb(10 ** 20, 2), math.comb(60, 0), math.comb(5, 9))
print(math.perm(30, 20), math.perm(10 ** 12, 3), math.perm(25), math.perm(3, 5))

# probability of a poker hand, exact then as a float
hands = math.comb(52, 5)
print(hands, 4 / hands, math.comb(4, 1) * math.comb(48, 1) * 13 / hands)

a, b = 2 ** 100 * 3 ** 20, 2 ** 64 * 3 ** 50 * 7
print(math.gcd(a, b), math.gcd(a, b) == 2 ** 64 * 3 ** 20, math.lcm(a, b) == a * b // math.gcd(a, b))
print(math.gcd(-(10 ** 30), 10 ** 25), math.gcd(), math.gcd(0, -(2 ** 70)), math.lcm(2 ** 70, 3 ** 40, 5))
print(math.lcm(*range(1, 60)))

for n in (10 ** 40, 10 ** 40 - 1, 2 ** 127 - 1, 3 ** 200):
    r = math.isqrt(n)
    print(r, r * r <= n < (r + 1) * (r + 1))

# logs of ints beyond the float range
for n in (10 ** 400, 2 ** 5000, 3 ** 2000, 10 ** 50):
    print(round(math.log10(n), 9), round(math.log2(n), 9), round(math.log(n), 6), round(math.log(n, 1000), 9))

print(math.floor(1e300) == 10 ** 300, math.ceil(-2.5e25), math.trunc(9.9e19), math.floor(2 ** 80), math.ceil(-(2 ** 90)))
print(math.sqrt(10 ** 40), math.exp(math.log(2 ** 200)) > 1e60, math.prod(range(1, 26)), math.fsum([2 ** 60, 1.5, -(2 ** 60)]))
print(math.isclose(2 ** 80, 2.0 ** 80), math.ldexp(1.5, 70), math.copysign(2 ** 70, -1), math.fabs(-(2 ** 70)))

for f in (lambda: math.factorial(-(10 ** 20)), lambda: math.factorial(2 ** 70), lambda: math.comb(2 ** 70, 2 ** 69),
          lambda: math.perm(10, 2 ** 64), lambda: math.isqrt(-(10 ** 30)), lambda: math.log(-(10 ** 400)),
          lambda: math.log2(0), lambda: math.sqrt(10 ** 400), lambda: math.exp(10 ** 400), lambda: math.gcd(2 ** 70, 1.0),
          lambda: math.comb(-(2 ** 70), 3), lambda: math.floor(float("inf"))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
