n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps for 27:", steps)
balance = 1000.0
years = 0
while balance < 2000:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))
i = 10
while i:
    i -= 3
    if i < 0:
        print("went negative:", i)
        break
digits = []
value = 90210
while value > 0:
    value, d = divmod(value, 10)
    digits.append(d)
print(digits[::-1])
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
guess_low, guess_high, target, tries = 1, 100, 73, 0
while True:
    tries += 1
    guess = (guess_low + guess_high) // 2
    if guess == target:
        break
    if guess < target:
        guess_low = guess + 1
    else:
        guess_high = guess - 1
print("found", guess, "in", tries, "tries")
