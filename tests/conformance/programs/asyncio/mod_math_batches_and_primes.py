# Batching work with math.ceil, primes with math.isqrt, distances with math.dist and hypot: the
# number crunching that shows up inside asyncio exercises.
import asyncio
import math


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


async def count_primes(lo, hi):
    await asyncio.sleep(0.01 * math.log2(hi))
    return sum(1 for n in range(lo, hi) if is_prime(n))


async def main():
    total, batch = 1000, 128
    batches = math.ceil(total / batch)
    print("batches:", batches)
    counts = await asyncio.gather(*(count_primes(i * batch, min(total, (i + 1) * batch)) for i in range(batches)))
    print(counts, sum(counts))
    points = [(0, 0), (3, 4), (6, 8), (1.5, -2.5)]
    print([round(math.dist(points[0], p), 3) for p in points], math.hypot(3, 4, 12))
    angle = math.atan2(1, 1)
    print(angle, math.degrees(angle), math.radians(180) == math.pi, math.isclose(math.sin(math.pi), 0, abs_tol=1e-12))
    print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), type(math.ceil(2.1)).__name__)
    print(math.sqrt(2), math.exp(1) == math.e, math.log(100, 10), math.log10(1000), math.log(8, 2))
    print(math.factorial(10), math.gcd(48, 180, 30), math.lcm(4, 6, 10), math.comb(10, 3), math.perm(5, 2), math.perm(4))
    print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([0.5, 4], start=3))
    print(math.pi, math.tau, math.inf, -math.inf, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))


asyncio.run(main())
