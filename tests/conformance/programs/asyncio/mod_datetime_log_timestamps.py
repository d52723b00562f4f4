# Timestamps in an async program's log lines: each worker logs when it starts and finishes with
# datetime.now(), and the elapsed time is datetime.now() - start (a timedelta), as tutorials do.
import asyncio
from datetime import datetime, timedelta, timezone


def log(message):
    now = datetime.now()
    print(f"{now:%Y-%m-%d %H:%M:%S}.{now.microsecond // 1000:03d} | {message}")


async def download(name, seconds):
    start = datetime.now()
    log(f"{name}: starting")
    await asyncio.sleep(seconds)
    elapsed = datetime.now() - start
    log(f"{name}: finished in {elapsed} ({elapsed.total_seconds():.3f} s)")
    return elapsed


async def main():
    started = datetime.now()
    print("started at", started, repr(started))
    print("utc now:", datetime.now(timezone.utc).isoformat(), "| utcnow:", datetime.utcnow())
    print("today:", datetime.today().date(), datetime.today() == datetime.now())
    durations = await asyncio.gather(
        download("report.pdf", 1.25),
        download("photo.jpg", 0.5),
        download("video.mp4", 3.75),
    )
    total = sum(durations, timedelta())
    print("sum of durations:", total, "| longest:", max(durations), "| shortest:", repr(min(durations)))
    wall = datetime.now() - started
    print("wall time:", wall, "| saved by running concurrently:", total - wall)
    print("timestamp now:", datetime.now().timestamp(), "| from it:", datetime.fromtimestamp(datetime.now().timestamp()))
    await asyncio.sleep(86400 + 3600)
    later = datetime.now()
    print("a day later:", later.isoformat(" ", "seconds"), later.strftime("%A %d %B %Y, %I:%M %p"))
    print("elapsed:", later - started, "| days:", (later - started).days, "| seconds:", (later - started).seconds)


asyncio.run(main())
