# Aware datetimes with fixed-offset time zones: meeting times for a distributed team, converted
# with astimezone(), compared across zones, and the naive/aware mistakes with their errors.
import asyncio
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
OFFICES = {
    "London": timezone(timedelta(0), "GMT"),
    "New York": timezone(timedelta(hours=-5), "EST"),
    "Kolkata": timezone(timedelta(hours=5, minutes=30)),
    "Tokyo": timezone(timedelta(hours=9), "JST"),
}


async def remind(city, tz, meeting):
    local = meeting.astimezone(tz)
    await asyncio.sleep(local.hour / 10)
    print(f"{city:9} {local:%a %H:%M} {local.tzname():10} offset {local.utcoffset()} | {local.isoformat()}")
    return local


async def main():
    meeting = datetime(2024, 3, 15, 14, 30, tzinfo=UTC)
    print("meeting:", meeting, repr(meeting))
    locals_ = await asyncio.gather(*(remind(c, tz, meeting) for c, tz in OFFICES.items()))
    print("all the same instant:", all(t == meeting for t in locals_), len({hash(t) for t in locals_}))
    print("timestamps:", {t.timestamp() for t in locals_})
    tokyo = locals_[-1]
    print("tokyo - new york:", tokyo - locals_[1], "| tokyo wall clock diff:",
          tokyo.replace(tzinfo=None) - locals_[1].replace(tzinfo=None))
    for tz in (UTC, OFFICES["New York"], OFFICES["Kolkata"], timezone(-timedelta(hours=3, minutes=15))):
        print(repr(tz), "|", str(tz), "|", tz.utcoffset(None), tz.dst(None), tz.tzname(None))
    now = datetime.now(UTC)
    print("now in utc:", now, "| as new york:", now.astimezone(OFFICES["New York"]))
    print(datetime.fromtimestamp(1710513000, OFFICES["Tokyo"]), datetime.fromtimestamp(0, UTC).isoformat())
    print(repr(datetime(2024, 3, 15, 12, tzinfo=timezone(timedelta(hours=2)))),
          datetime(2024, 3, 15, 12, tzinfo=timezone(timedelta(hours=2))).strftime("%H:%M %z %Z"))
    print(timezone.utc == timezone(timedelta(0)), timezone.min, timezone.max, UTC.utcoffset(None))
    naive = datetime(2024, 3, 15, 14, 30)
    print("naive == aware:", naive == meeting, "| naive.tzinfo:", naive.tzinfo, naive.utcoffset())
    for bad in (lambda: naive < meeting, lambda: meeting - naive, lambda: timezone(timedelta(hours=24)),
                lambda: timezone(5), lambda: datetime(2024, 1, 1, tzinfo="UTC")):
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)


asyncio.run(main())
