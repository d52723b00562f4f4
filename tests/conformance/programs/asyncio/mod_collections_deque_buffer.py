# A rolling window of sensor readings kept in a deque(maxlen=...), fed by producer tasks.
import asyncio
from collections import deque


async def sensor(name, readings, window, delay):
    for value in readings:
        await asyncio.sleep(delay)
        window.append((name, value))
        print(f"{name} -> {value}, window={len(window)}")


async def main():
    window = deque(maxlen=4)
    await asyncio.gather(
        sensor("a", [1, 2, 3], window, 0.1),
        sensor("b", [10, 20, 30], window, 0.15),
    )
    print(window)
    print("newest:", window[-1], "oldest:", window[0], "maxlen:", window.maxlen)

    history = deque([1, 2, 3, 4, 5])
    history.rotate(2)
    print("rotate(2):", history)
    history.rotate(-3)
    print("rotate(-3):", history)
    history.appendleft(0)
    history.extendleft([-2, -1])
    history.extend([6, 7])
    print(history, len(history), 3 in history, 99 in history)
    print(history.popleft(), history.pop(), history.count(2), list(reversed(history))[:3])
    history.remove(3)
    history.reverse()
    print(history, history == deque([7][:0] + list(history)))
    history.clear()
    print(history, bool(history))
    try:
        history.popleft()
    except IndexError as e:
        print("IndexError:", e)
    try:
        history.remove(42)
    except ValueError as e:
        print("ValueError:", e)
    try:
        deque([1])[5]
    except IndexError as e:
        print("IndexError:", e)


asyncio.run(main())
