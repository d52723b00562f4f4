def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")


find([1, 2, 3], 2)
find([1, 2, 3], 9)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never printed")
print("n is", n)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
primes = []
for candidate in range(2, 30):
    for d in range(2, candidate):
        if candidate % d == 0:
            break
    else:
        primes.append(candidate)
print(primes)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
for x in []:
    print("no")
else:
    print("empty loop else")
count = 0
while count < 5:
    count += 1
    if count == 3:
        continue
    print("count", count)
