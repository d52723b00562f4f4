def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def digits_sum(n):
    return sum(int(d) for d in str(abs(n)))


def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print(gcd(48, 18), gcd(17, 5), gcd(0, 9), 48 * 18 // gcd(48, 18))
print([n for n in range(50) if is_prime(n)])
print(digits_sum(987654321), digits_sum(-45))
print([collatz_length(n) for n in range(1, 16)])
best = max(range(1, 1000), key=collatz_length)
print(best, collatz_length(best))
print([n for n in range(1, 30) if n == sum(d for d in range(1, n) if n % d == 0)])
print(int("1" * 18) * 9, 999999999 * 999999999)
