# Deadlines with timedelta: a task must finish before now + budget; asyncio.wait_for gets the
# remaining seconds; durations are formatted for people (hours, minutes, seconds).
import asyncio
from datetime import datetime, timedelta


def human(delta):
    sign = "-" if delta < timedelta(0) else ""
    seconds = int(abs(delta).total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [f"{hours}h"] if hours else []
    if minutes or hours:
        parts.append(f"{minutes}m")
    parts.append(f"{seconds}s")
    return sign + " ".join(parts)


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} done"


async def with_deadline(name, seconds, budget):
    deadline = datetime.now() + budget
    remaining = deadline - datetime.now()
    try:
        result = await asyncio.wait_for(job(name, seconds), timeout=remaining.total_seconds())
        left = deadline - datetime.now()
        print(f"{name}: {result}, {human(left)} to spare (deadline {deadline:%H:%M:%S})")
    except asyncio.TimeoutError:
        print(f"{name}: missed its deadline by {human(datetime.now() + timedelta(seconds=seconds) - deadline)}")


async def main():
    budgets = [("fast", 30, timedelta(minutes=1)), ("slow", 5400, timedelta(hours=1)),
               ("exact", 90, timedelta(seconds=90.5)), ("tiny", 0.25, timedelta(milliseconds=500))]
    await asyncio.gather(*(with_deadline(n, s, b) for n, s, b in budgets))
    d = timedelta(days=2, hours=3, minutes=4, seconds=5, microseconds=6)
    print(d, "|", repr(d), "|", d.total_seconds(), "|", human(d))
    print(repr(timedelta(hours=-1)), str(timedelta(hours=-1)), human(timedelta(hours=-1, seconds=-30)))
    print(timedelta(minutes=90) * 2, timedelta(minutes=90) / 4, timedelta(hours=1) // timedelta(minutes=7),
          timedelta(hours=1) % timedelta(minutes=7), divmod(timedelta(hours=1), timedelta(minutes=25)))
    print(abs(timedelta(days=-3)), -timedelta(seconds=1), timedelta(weeks=1.5), timedelta(milliseconds=2500))
    print(timedelta(0) < timedelta(microseconds=1), timedelta(seconds=60) == timedelta(minutes=1), bool(timedelta()))
    print(timedelta.max, "|", timedelta.min, "|", repr(timedelta.resolution))
    for bad in (lambda: timedelta(days=10**9), lambda: timedelta("3"), lambda: timedelta(1) + 1,
                lambda: 2 - timedelta(1), lambda: timedelta(1) / 0, lambda: timedelta(1) < 5,
                lambda: f"{timedelta(1):>10}"):
        try:
            bad()
        except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
            print(type(e).__name__ + ":", e)


asyncio.run(main())
