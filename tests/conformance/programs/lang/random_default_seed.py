import random

print(random.random())
print(random.random())
print(random.randint(1, 6), random.randint(1, 6), random.randint(1, 6))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(-10, 10))
print(random.uniform(1, 2), random.uniform(-5, 5))
print(random.choice(["milk", "bread", "eggs"]), random.choice("abcdef"), random.choice(range(100)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 2))
print([random.randint(0, 9) for _ in range(15)])
