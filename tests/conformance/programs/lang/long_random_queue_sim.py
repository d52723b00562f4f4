import random

random.seed(11)


class Customer:
    def __init__(self, cid, arrival, service):
        self.cid = cid
        self.arrival = arrival
        self.service = service
        self.start = None

    def __repr__(self):
        return f"C{self.cid}"


def simulate(n_customers, n_tellers, verbose=False):
    t = 0.0
    customers = []
    for i in range(n_customers):
        t += round(random.uniform(0.5, 3.0), 2)
        customers.append(Customer(i, round(t, 2), random.randint(2, 6)))
    tellers = [0.0] * n_tellers
    for c in customers:
        free_at = min(tellers)
        teller = tellers.index(free_at)
        c.start = max(free_at, c.arrival)
        tellers[teller] = c.start + c.service
        if verbose:
            print(f"  {c!r:>4} arrives {c.arrival:6.2f} teller {teller} start {c.start:6.2f} "
                  f"wait {c.start - c.arrival:5.2f} done {tellers[teller]:6.2f}")
    waits = [c.start - c.arrival for c in customers]
    return {
        "avg_wait": round(sum(waits) / len(waits), 3),
        "max_wait": round(max(waits), 3),
        "waited": sum(1 for w in waits if w > 0),
        "closing": round(max(tellers), 2),
    }


print("one teller, verbose:")
print(simulate(8, 1, verbose=True))
for tellers in [1, 2, 3]:
    random.seed(99)
    print(tellers, "tellers:", simulate(50, tellers))
random.seed(5)
rolls = [random.choice(["heads", "tails"]) for _ in range(20)]
streak = best = 1
for a, b in zip(rolls, rolls[1:]):
    streak = streak + 1 if a == b else 1
    best = max(best, streak)
print(rolls.count("heads"), rolls.count("tails"), "longest streak", best)
sample = random.sample(range(1, 50), 6)
print(sorted(sample), random.random() < 0.5)
