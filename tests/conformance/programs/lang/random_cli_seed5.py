# args: --seed 5
import random

print([round(random.random(), 6) for _ in range(3)])
print([random.randint(1, 100) for _ in range(8)])
items = ["a", "b", "c", "d", "e"]
random.shuffle(items)
print(items)
print(random.choice(items), random.uniform(0, 10), random.randrange(0, 1000, 7))
