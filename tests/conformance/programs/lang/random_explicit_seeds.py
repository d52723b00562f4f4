import random

for seed in [0, 1, 2, 42, 12345, 2 ** 40]:
    random.seed(seed)
    a = random.random()
    b = random.randint(1, 1000)
    c = random.choice("ABCDEFGH")
    d = random.uniform(10, 20)
    e = random.randrange(0, 100, 3)
    print(seed, a, b, c, d, e)
random.seed(7)
first = [random.random() for _ in range(3)]
random.seed(7)
second = [random.random() for _ in range(3)]
print(first == second, first)
random.seed(3)
cards = [f"{r}{s}" for s in "SH" for r in "A23"]
random.shuffle(cards)
print(cards)
print(random.sample(cards, 3))
random.seed(-5)
print(random.random())
print([random.randrange(1, 7) for _ in range(10)])
print(random.randint(10 ** 12, 10 ** 15))
