"""Helpers for the download example: a fake fetch with latency."""
import asyncio
import random

RATE = 0.25
_calls = 0


async def fetch(url, size):
    global _calls
    _calls += 1
    delay = round(size * RATE + random.random() / 10, 3)
    print(f"fetching {url} ({size} MB)")
    await asyncio.sleep(delay)
    print(f"done {url} after {delay}s")
    return url, size


def calls():
    return _calls


class Progress:
    def __init__(self, total):
        self.total = total
        self.done = 0

    def tick(self, name):
        self.done += 1
        print(f"[{self.done}/{self.total}] {name}")

    def __repr__(self):
        return f"Progress({self.done}/{self.total})"
