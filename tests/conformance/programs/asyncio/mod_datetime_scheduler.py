# A tiny scheduler: jobs are given "run at" times as datetimes; the scheduler sleeps until each
# one is due (asyncio.sleep((run_at - now).total_seconds())) and notes how late it ran.
import asyncio
from datetime import datetime, timedelta

EPOCH = datetime(1970, 1, 1)


async def run_at(when, name, jobs_done):
    delay = (when - datetime.now()).total_seconds()
    if delay > 0:
        await asyncio.sleep(delay)
    now = datetime.now()
    lateness = now - when
    print(f"{now.time()} ran {name!r} (due {when:%H:%M:%S}, late by {lateness})")
    jobs_done.append((when, name))


async def every(interval, count, name, jobs_done):
    next_run = datetime.now() + interval
    for i in range(count):
        await run_at(next_run, f"{name} #{i + 1}", jobs_done)
        next_run += interval


async def main():
    start = datetime.now()
    print("start:", start, "| since epoch:", start - EPOCH)
    base = start.replace(hour=0, minute=0, second=0, microsecond=0)
    jobs_done = []
    plan = [
        (base + timedelta(seconds=30), "send newsletter"),
        (start + timedelta(minutes=1, seconds=15), "backup database"),
        (base + timedelta(hours=2), "rotate logs"),
        (start + timedelta(seconds=-5), "already overdue"),
    ]
    for when, name in sorted(plan):
        print(f"  planned {when.isoformat()} {name}")
    await asyncio.gather(
        *(run_at(when, name, jobs_done) for when, name in plan),
        every(timedelta(minutes=45), 3, "heartbeat", jobs_done),
    )
    print("jobs in order:", [name for _, name in sorted(jobs_done)])
    first, last = min(jobs_done)[0], max(jobs_done)[0]
    print("span:", last - first, "| in minutes:", (last - first) / timedelta(minutes=1))
    print("end:", datetime.now().strftime("%H:%M:%S"), "day of year", datetime.now().strftime("%j"))


asyncio.run(main())
