# The timer heap under load: hundreds of timers with colliding and random deadlines, many of them
# cancelled (wait_for timeouts that never fire, sleeps cancelled midway), so that the loop both
# pops cancelled timers off the top and rebuilds the heap when most of it is cancelled. Every
# wake-up order is printed: equal deadlines must fire in the order they were scheduled.
import asyncio
import random

random.seed(11)
order = []


async def sleeper(n, d):
    await asyncio.sleep(d)
    order.append(n)


async def quick(n):
    await asyncio.sleep(0.001 * (n % 3))
    return n


async def main():
    loop = asyncio.get_running_loop()
    # Equal deadlines: the scheduling order decides.
    tasks = [asyncio.create_task(sleeper(n, 0.5)) for n in range(40)]
    # Random deadlines, some equal after rounding to a tenth.
    tasks += [asyncio.create_task(sleeper(100 + n, round(random.random(), 1))) for n in range(150)]
    # 300 timeouts that are cancelled when the awaited coroutine finishes first.
    results = await asyncio.gather(*[asyncio.wait_for(quick(n), timeout=5 + n * 0.01) for n in range(300)])
    print("quick", sum(results))
    # Cancel a third of the remaining sleepers: their timers stay in the heap, cancelled.
    for t in tasks[::3]:
        t.cancel()
    # call_later callbacks with equal deadlines, interleaved with cancelled handles.
    fired = []
    handles = [loop.call_later(0.25, fired.append, k) for k in range(60)]
    for h in handles[1::2]:
        h.cancel()
    await asyncio.sleep(2)
    print("fired", fired)
    print("order", order)
    print("cancelled", sum(t.cancelled() for t in tasks))


asyncio.run(main())
