import random

random.seed(2024)
counts = {face: 0 for face in range(1, 7)}
for _ in range(600):
    counts[random.randint(1, 6)] += 1
print(counts)
print(sum(counts.values()))
pairs = {}
for _ in range(200):
    total = random.randint(1, 6) + random.randint(1, 6)
    pairs[total] = pairs.get(total, 0) + 1
for total in sorted(pairs):
    print(f"{total:2d} {'#' * (pairs[total] // 2)}")
walk = 0
path = []
for _ in range(20):
    walk += random.choice([-1, 1])
    path.append(walk)
print(path)
print(round(sum(random.random() for _ in range(1000)) / 1000, 4))
