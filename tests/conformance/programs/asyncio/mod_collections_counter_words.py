# Word counts gathered by worker tasks into a Counter, then combined with Counter arithmetic.
import asyncio
from collections import Counter

PAGES = {
    "intro": "the loop runs the tasks and the tasks await",
    "queues": "a queue hands work to the tasks that await it",
    "locks": "a lock guards the shared state",
}


async def count_page(name, text, totals):
    await asyncio.sleep(len(text) / 100)
    words = Counter(text.split())
    totals.update(words)
    print(f"{name}: {len(words)} distinct, most common {words.most_common(1)}")
    return words


async def main():
    totals = Counter()
    results = await asyncio.gather(*(count_page(n, t, totals) for n, t in PAGES.items()))
    print(totals.most_common(3))
    print("total words:", totals.total(), "missing:", totals["asyncio"])
    intro, queues, locks = results
    print("both:", intro & queues)
    print("either:", (intro | locks).most_common(2))
    print("added:", (intro + locks)["the"], "subtracted:", intro - queues)
    stock = Counter(apples=3, pears=1)
    stock.subtract(apples=5, pears=1)
    print(stock, +stock, -stock)
    print(sorted(Counter("banana").elements()))
    letters = Counter("mississippi")
    print(letters, letters == Counter("ssippimissi"), list(letters.keys()))
    del letters["m"]
    del letters["zzz"]
    print(letters, Counter())
    try:
        Counter(3)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
