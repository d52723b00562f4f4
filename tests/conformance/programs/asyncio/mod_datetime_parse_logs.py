# Parsing and writing timestamps: an async pipeline reads log lines, parses their timestamps with
# strptime / fromisoformat, and reports with strftime and isoformat (a log-analysis exercise).
import asyncio
from datetime import datetime, timedelta

LOG = """\
2024-03-09 23:58:01 INFO  server started
2024-03-09 23:59:59 WARN  disk 91% full
2024-03-10 00:00:30 ERROR request /api/users took 12.5s
2024-03-10 00:02:00 INFO  backup done
not a date at all
2024-02-30 10:00:00 INFO  impossible day
2024-03-10T00:05:00.250+01:00 INFO  iso line from another box
"""


async def reader(queue):
    for line in LOG.splitlines():
        await queue.put(line)
        await asyncio.sleep(0.1)
    await queue.put(None)


async def analyser(queue):
    entries = []
    while (line := await queue.get()) is not None:
        stamp, rest = line[:19], line[20:]
        try:
            when = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
        except ValueError as e:
            try:
                when, rest = datetime.fromisoformat(line.split()[0]), " ".join(line.split()[1:])
            except ValueError:
                print(f"skipped {line!r}: {e}")
                continue
        level, message = rest.split(maxsplit=1)
        entries.append((when, level, message))
    return entries


async def main():
    queue = asyncio.Queue()
    _, entries = await asyncio.gather(reader(queue), analyser(queue))
    for when, level, message in entries:
        print(f"{when.strftime('%d/%m/%y %H:%M')} [{level:5}] {message} | {when.isoformat(timespec='seconds')}")
    naive = [e for e in entries if e[0].tzinfo is None]
    first, last = naive[0][0], naive[-1][0]
    print("covered:", last - first, "| crosses midnight:", first.date() != last.date())
    print("per day:", sorted({when.strftime("%a %b %d") for when, _, _ in naive}))
    print(repr(datetime.strptime("5 Jan 2024 3:04 PM", "%d %b %Y %I:%M %p")))
    print(repr(datetime.strptime("Friday, 05 January 24 10:15:30.25", "%A, %d %B %y %H:%M:%S.%f")))
    print(repr(datetime.strptime("2024-01-05 10:00 +0530", "%Y-%m-%d %H:%M %z")))
    print(repr(datetime.fromisoformat("2024-01-05T12:30:00Z")), repr(datetime.fromisoformat("20240105")))
    print(datetime(2024, 1, 5, 13, 7, 9, 120).strftime("%c | %x | %X | %j | %U | %W | %G-W%V-%u | %y | %%"))
    print(datetime(2024, 1, 5).isoformat(), datetime(2024, 1, 5, 13, 7, 9, 120).isoformat(sep=" ", timespec="milliseconds"))
    for text, fmt in (("2024-13-01", "%Y-%m-%d"), ("2024-01-05 extra", "%Y-%m-%d"), ("2024", "%Q"), ("yesterday", "%Y")):
        try:
            datetime.strptime(text, fmt)
        except ValueError as e:
            print("ValueError:", e)
    try:
        datetime.fromisoformat("2024/01/05")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
