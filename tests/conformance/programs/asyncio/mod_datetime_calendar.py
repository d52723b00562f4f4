# Calendar arithmetic with dates: days until the next birthday, the weekday of a date, ISO weeks,
# end of month, and the errors a wrong date gives (a classroom exercise, run by a few tasks).
import asyncio
from datetime import date, datetime, time, timedelta

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def next_birthday(today, born):
    try:
        birthday = born.replace(year=today.year)
    except ValueError:  # born on 29 February
        birthday = date(today.year, 3, 1)
    if birthday < today:
        birthday = birthday.replace(year=today.year + 1)
    return birthday


def end_of_month(d):
    first_next = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first_next - timedelta(days=1)


async def student(name, born, today):
    await asyncio.sleep(len(name) / 10)
    nb = next_birthday(today, born)
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(f"{name}: born {born:%d %b %Y} ({WEEKDAYS[born.weekday()]}), age {age}, "
          f"next birthday {nb.isoformat()} in {(nb - today).days} days")


async def main():
    today = date(2024, 2, 27)
    await asyncio.gather(student("Ada", date(2008, 12, 10), today), student("Linus", date(2008, 2, 29), today),
                         student("Grace", date(2010, 2, 27), today))
    for d in (date(2024, 2, 10), date(2023, 2, 10), date(2024, 12, 31)):
        print(d, "-> end of month", end_of_month(d), "| iso", d.isocalendar(), tuple(d.isocalendar()),
              "| weekday", d.weekday(), d.isoweekday(), "| ordinal", d.toordinal())
    y, w, wd = date(2021, 1, 3).isocalendar()
    print("2021-01-03 is in ISO year", y, "week", w, "day", wd, "| week field:", date(2021, 1, 3).isocalendar().week)
    print(date.fromordinal(738945), date.fromisoformat("2024-02-29"), date.fromisocalendar(2024, 9, 4))
    print(repr(date(2024, 2, 29)), repr(date.min), repr(date.max), date.resolution)
    meeting = datetime.combine(date(2024, 2, 29), time(9, 30))
    print(repr(meeting), meeting.date(), meeting.time(), repr(time(9, 30)), time(9, 30, 15, 5), time.max)
    print(sorted([date(2024, 3, 1), date(2023, 12, 25), date(2024, 1, 1)]), date(2024, 1, 1) in {date(2024, 1, 1)})
    print(date(2024, 3, 1) - date(2024, 2, 1), date(2024, 1, 31) + timedelta(days=30), date(2024, 1, 1) - timedelta(weeks=1))
    print(f"{date(2024, 7, 4):%A %B %d, %Y}", "|", format(date(2024, 7, 4)), "|", date(2024, 7, 4).ctime())
    for bad in (lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: date(0, 1, 1), lambda: date(2024, 1, 1.5),
                lambda: time(25, 0), lambda: date.max + timedelta(days=1), lambda: date(2024, 1, 1) < datetime(2024, 1, 1),
                lambda: date(2024, 1, 1) + 1, lambda: date.fromisoformat("2024-1-5")):
        try:
            bad()
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__ + ":", e)


asyncio.run(main())
