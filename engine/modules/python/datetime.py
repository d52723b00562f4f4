# Loopstep's datetime: CPython 3.11's date, time, datetime, timedelta, tzinfo and timezone, with
# their reprs, messages and arithmetic, written for Loopstep (the calendar is the proleptic
# Gregorian one of the docs). now(), today() and utcnow() read the virtual clock (time.time()) as
# UTC seconds since 1970-01-01; local time is UTC. strftime/strptime know the C locale's directives.
# Not here: timetuple()/utctimetuple() (no time.struct_time), pickling, the C API.
import time as _time
from _strptime import _strftime, _parse_iso_date, _parse_iso_time, _time_text, _offset_text, _ctime

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MAX_ORDINAL = 3652059  # date.max.toordinal()


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)
    return _days_before_year(year) + before + day


def _ord2ymd(n):
    # 400-year cycles of 146097 days, 100-year ones of 36524, 4-year ones of 1461.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leap else 0)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (1 if month == 2 and leap else 0)
    return year, month, n - before + 1


def _isoweek1monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _index(value):
    if isinstance(value, int):
        return int(value)
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _name(x):
    cls = type(x)
    if cls in _OWN_CLASSES:
        return "datetime." + cls.__name__
    return cls.__name__


def _unsupported(op, a, b):
    return TypeError(f"unsupported operand type(s) for {op}: '{_name(a)}' and '{_name(b)}'")


def _not_orderable(op, a, b):
    return TypeError(f"'{op}' not supported between instances of '{_name(a)}' and '{_name(b)}'")


def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) and "
                         f"timedelta(hours=24), not {offset!r}.")
    return offset


_TD_UNITS = (("days", 86400, 0), ("seconds", 1, 0), ("microseconds", 0, 1), ("milliseconds", 0, 1000),
             ("minutes", 60, 0), ("hours", 3600, 0), ("weeks", 7 * 86400, 0))


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), days carrying the sign."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        values = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        secs = 0
        us = 0
        fraction = 0.0  # microseconds from the float arguments, rounded once at the end
        for (unit, unit_seconds, unit_us), value in zip(_TD_UNITS, values):
            if isinstance(value, int):
                secs += value * unit_seconds
                us += value * unit_us
            elif isinstance(value, float):
                whole = int(value)
                secs += whole * unit_seconds
                us += whole * unit_us
                fraction += (value - whole) * (unit_seconds * 1000000 + unit_us)
            else:
                raise TypeError(f"unsupported type for timedelta {unit} component: {type(value).__name__}")
        whole = int(fraction // 1)
        rest = fraction - whole  # rounded half to even on the whole total, as CPython
        us += whole + (1 if rest > 0.5 or (rest == 0.5 and (us + whole) % 2) else 0)
        self._set(0, secs, us)

    def _set(self, d, s, us):
        s += us // 1000000
        us = us % 1000000
        d += s // 86400
        s = s % 86400
        if abs(d) > 999999999:
            raise OverflowError(f"days={d}; must have magnitude <= 999999999")
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    @staticmethod
    def _make(d, s, us):
        return timedelta()._set(d, s, us)

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        return f"{_name(self)}({', '.join(parts) if parts else '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            text = f"{self._days} day{plural}, " + text
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        return text

    def __format__(self, spec):
        if spec:
            raise TypeError("unsupported format string passed to datetime.timedelta.__format__")
        return str(self)

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(self._days + other._days, self._seconds + other._seconds,
                                   self._microseconds + other._microseconds)
        if isinstance(other, date):
            return other.__add__(self)
        return _reflect_or_raise("+", self, other)

    def __radd__(self, other):
        if isinstance(other, (timedelta, date)):
            return self.__add__(other)
        raise _unsupported("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._make(self._days - other._days, self._seconds - other._seconds,
                                   self._microseconds - other._microseconds)
        return _reflect_or_raise("-", self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other.__sub__(self)
        raise _unsupported("-", other, self)

    def __neg__(self):
        return timedelta._make(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._make(self._days * other, self._seconds * other, self._microseconds * other)
        if isinstance(other, float):
            return timedelta._make(0, 0, round(self._us() * other))
        return _reflect_or_raise("*", self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        raise _unsupported("*", other, self)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._make(0, 0, _round_half_even(self._us(), other))
        if isinstance(other, float):
            if other == 0:
                raise ZeroDivisionError("float division by zero")
            return timedelta._make(0, 0, round(self._us() / other))
        return _reflect_or_raise("/", self, other)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._make(0, 0, self._us() // other)
        return _reflect_or_raise("//", self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._make(0, 0, self._us() % other._us())
        return _reflect_or_raise("%", self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), other._us())
            return q, timedelta._make(0, 0, r)
        return _reflect_or_raise("divmod()", self, other)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented


    def _order(self, other, op):
        if not isinstance(other, timedelta):
            raise _not_orderable(op, self, other)
        a, b = self._key(), other._key()
        return a < b if op == "<" else a <= b if op == "<=" else a > b if op == ">" else a >= b

    __lt__ = lambda self, other: self._order(other, "<")
    __le__ = lambda self, other: self._order(other, "<=")
    __gt__ = lambda self, other: self._order(other, ">")
    __ge__ = lambda self, other: self._order(other, ">=")

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


def _round_half_even(a, b):
    q, r = divmod(a, b)
    twice = 2 * r
    if twice > b or (twice == b and q % 2 == 1):
        q += 1
    return q


_BUILTIN_OPERANDS = (int, float, str, bool, type(None), list, tuple, dict, set)


def _reflect_or_raise(op, a, b):
    # A built-in operand has no reflected method for us: CPython's message at once, with our names.
    if isinstance(b, _BUILTIN_OPERANDS):
        if op == "divmod()":
            raise TypeError(f"unsupported operand type(s) for divmod(): '{_name(a)}' and '{_name(b)}'")
        raise _unsupported(op, a, b)
    return NotImplemented


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A day of the proleptic Gregorian calendar."""

    def __init__(self, year, month, day):
        self._year, self._month, self._day = _check_date_fields(year, month, day)
        self._hashcode = -1

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, *_ = _fields_from_timestamp(t)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year 10000 is out of range")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_iso_date(text)
        if fields is None or len(text) not in (8, 10):
            raise ValueError(f"Invalid isoformat string: {text!r}")
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        if not 0 < week < 53:
            if week != 53 or not (_ymd2ord(year, 1, 1) % 7 == 4 or (_ymd2ord(year, 1, 1) % 7 == 3 and _is_leap(year))):
                raise ValueError(f"Invalid week: {week}")
        if not 0 < day < 8:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        return cls(*_ord2ymd(_isoweek1monday(year) + (week - 1) * 7 + day - 1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            monday = _isoweek1monday(year)
            week, day = divmod(today - monday, 7)
        elif week >= 52 and today >= _isoweek1monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def __repr__(self):
        return f"{_name(self)}({self._year}, {self._month}, {self._day})"

    def ctime(self):
        return _ctime(self, 0, 0, 0)

    def strftime(self, fmt):
        return _strftime(fmt, self, None)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError(f"must be str, not {type(spec).__name__}")
        return self.strftime(spec) if spec else str(self)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(self, datetime) and not isinstance(other, datetime):
            a, b = self._date_key(), other._date_key()
            return a < b if op == "<" else a <= b if op == "<=" else a > b if op == ">" else a >= b
        if isinstance(other, date):
            raise TypeError(f"can't compare {_name(other)} to {_name(self)}")
        raise _not_orderable(op, self, other)

    def __eq__(self, other):
        if isinstance(other, datetime) or isinstance(self, datetime):
            return NotImplemented if not isinstance(other, date) else False
        if isinstance(other, date):
            return self._date_key() == other._date_key()
        return NotImplemented


    __lt__ = lambda self, other: self._compare(other, "<")
    __le__ = lambda self, other: self._compare(other, "<=")
    __gt__ = lambda self, other: self._compare(other, ">")
    __ge__ = lambda self, other: self._compare(other, ">=")

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self)(*_ord2ymd(n))
        return _reflect_or_raise("+", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        raise _unsupported("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        if isinstance(other, date):
            raise _unsupported("-", self, other)
        return _reflect_or_raise("-", self, other)

    def __rsub__(self, other):
        raise _unsupported("-", other, self)


class IsoCalendarDate:
    """What isocalendar() returns: a (year, week, weekday) sequence with those names. (CPython's is a
    tuple subclass; Loopstep cannot subclass tuple yet, so this one only acts as a tuple.)"""

    def __init__(self, year, week, weekday):
        self._fields = (year, week, weekday)

    year = property(lambda self: self._fields[0])
    week = property(lambda self: self._fields[1])
    weekday = property(lambda self: self._fields[2])

    def __getitem__(self, index):
        return self._fields[index]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._fields)

    def __eq__(self, other):
        if isinstance(other, IsoCalendarDate):
            other = other._fields
        return self._fields == other

    def __hash__(self):
        return hash(self._fields)

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


class tzinfo:
    """The abstract base of time zones: subclasses give utcoffset(), dst() and tzname()."""

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = offset - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        self._offset = offset
        self._name = name

    def __repr__(self):
        if self._name is None and not self._offset:
            return "datetime.timezone.utc"  # (CPython's timezone(timedelta(0)) is timezone.utc itself)
        if self._name is None:
            return f"datetime.timezone({self._offset!r})"
        return f"datetime.timezone({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def _check_arg(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f"{method}(dt) argument must be a datetime instance or None, not {type(dt).__name__}")

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _offset_text(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class time:
    """A time of day, with an optional tzinfo."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        fields = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour, self._minute, self._second, self._microsecond, self._fold = fields
        self._tzinfo = tzinfo

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_iso_time(text[1:] if text.startswith("T") else text)
        if fields is None:
            raise ValueError(f"Invalid isoformat string: {text!r}")
        return cls(*fields)

    def utcoffset(self):
        return None if self._tzinfo is None else _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        return None if self._tzinfo is None else _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def isoformat(self, timespec="auto"):
        text = _time_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        offset = self.utcoffset()
        return text if offset is None else text + _offset_text(offset, ":")

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            text = f"{self._hour}, {self._minute}, {self._second}, {self._microsecond}"
        elif self._second:
            text = f"{self._hour}, {self._minute}, {self._second}"
        else:
            text = f"{self._hour}, {self._minute}"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return f"{_name(self)}({text})"

    def strftime(self, fmt):
        return _strftime(fmt, date(1900, 1, 1), self)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def _key(self):
        offset = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        if offset is not None:
            us -= offset._us()
        return offset is not None, us

    def _compare(self, other, op):
        if not isinstance(other, time):
            raise _not_orderable(op, self, other)
        (aware_a, a), (aware_b, b) = self._key(), other._key()
        if self._tzinfo is other._tzinfo:
            a, b = self._plain(), other._plain()
        elif aware_a != aware_b:
            raise TypeError("can't compare offset-naive and offset-aware times")
        return a < b if op == "<" else a <= b if op == "<=" else a > b if op == ">" else a >= b

    def _plain(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return self._plain() == other._plain()
        (aware_a, a), (aware_b, b) = self._key(), other._key()
        return aware_a == aware_b and a == b


    __lt__ = lambda self, other: self._compare(other, "<")
    __le__ = lambda self, other: self._compare(other, "<=")
    __gt__ = lambda self, other: self._compare(other, ">")
    __ge__ = lambda self, other: self._compare(other, ">=")

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


def _fields_from_timestamp(t):
    if isinstance(t, float):
        if t != t or t in (float("inf"), float("-inf")):
            raise ValueError("Invalid value NaN (not a number)" if t != t else "cannot convert float infinity to integer")
        seconds = int(t // 1)
        us = round((t - seconds) * 1e6)
        if us >= 1000000:
            seconds, us = seconds + 1, us - 1000000
    else:
        seconds, us = _index(t), 0
    days, rest = divmod(seconds, 86400)
    if not 0 < _EPOCH_ORDINAL + days <= _MAX_ORDINAL:
        raise ValueError(f"year {_ord2ymd(max(1, min(_MAX_ORDINAL, _EPOCH_ORDINAL + days)))[0]} is out of range")
    y, m, d = _ord2ymd(_EPOCH_ORDINAL + days)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss, us


class datetime(date):
    """A date and a time of day, naive (no tzinfo) or aware."""

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        date.__init__(self, year, month, day)
        fields = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour, self._minute, self._second, self._microsecond, self._fold = fields
        self._tzinfo = tzinfo

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls(*_fields_from_timestamp(t))  # local time is UTC
        return tz.fromutc(cls(*_fields_from_timestamp(t), tzinfo=tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls(*_fields_from_timestamp(t))

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _DATE_CLASS):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {type(date).__name__}")
        if not isinstance(time, _TIME_CLASS):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        fields = _parse_iso_date(text[:10]) if len(text) >= 10 and text[4:5] == "-" else _parse_iso_date(text[:8])
        size = 10 if len(text) >= 10 and text[4:5] == "-" else 8
        rest = text[size:]
        if fields is not None and rest:
            time_fields = _parse_iso_time(rest[1:]) if len(rest) > 1 else None
            fields = None if time_fields is None else fields + time_fields
        if fields is None:
            raise ValueError(f"Invalid isoformat string: {text!r}")
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def date(self):
        return _DATE_CLASS(self._year, self._month, self._day)

    def time(self):
        return _TIME_CLASS(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _TIME_CLASS(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(year, self._year), pick(month, self._month), pick(day, self._day),
                          pick(hour, self._hour), pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond), self._tzinfo if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    def utcoffset(self):
        return None if self._tzinfo is None else _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        return None if self._tzinfo is None else _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def _local_seconds(self):
        return (self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def timestamp(self):
        offset = self.utcoffset()
        if offset is None:
            return self._local_seconds() + self._microsecond / 1e6  # local time is UTC
        return (self._local_seconds() * 1000000 + self._microsecond - offset._us()) / 10 ** 6

    def astimezone(self, tz=None):
        if tz is None:
            tz = _LOCAL
        elif not isinstance(tz, tzinfo):
            raise TypeError(f"astimezone() argument 1 must be datetime.tzinfo, not {type(tz).__name__}")
        offset = self.utcoffset()
        if offset is None:
            offset = timedelta(0)  # a naive datetime is local time, which is UTC
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def isoformat(self, sep="T", timespec="auto"):
        text = f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}" + _time_text(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        offset = self.utcoffset()
        return text if offset is None else text + _offset_text(offset, ":")

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[6] == 0:
            del fields[6]
            if fields[5] == 0:
                del fields[5]
        text = ", ".join(str(f) for f in fields)
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return f"{_name(self)}({text})"

    def ctime(self):
        return _ctime(self, self._hour, self._minute, self._second)

    def strftime(self, fmt):
        return _strftime(fmt, self, self)

    def _plain(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _utc_us(self, offset):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond - offset._us())

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                raise TypeError(f"can't compare {_name(self)} to {_name(other)}")
            raise _not_orderable(op, self, other)
        if self._tzinfo is other._tzinfo:
            a, b = self._plain(), other._plain()
        else:
            offset_a, offset_b = self.utcoffset(), other.utcoffset()
            if (offset_a is None) != (offset_b is None):
                if op == "==":
                    return False
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if offset_a is None:
                a, b = self._plain(), other._plain()
            else:
                a, b = self._utc_us(offset_a), other._utc_us(offset_b)
        if op == "==":
            return a == b
        return a < b if op == "<" else a <= b if op == "<=" else a > b if op == ">" else a >= b

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return False if isinstance(other, date) else NotImplemented
        return self._compare(other, "==")


    __lt__ = lambda self, other: self._compare(other, "<")
    __le__ = lambda self, other: self._compare(other, "<=")
    __gt__ = lambda self, other: self._compare(other, ">")
    __ge__ = lambda self, other: self._compare(other, ">=")

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.replace(fold=0).utcoffset()
            self._hashcode = hash(self._plain() if offset is None else self._utc_us(offset))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return _reflect_or_raise("+", self, other)
        delta = timedelta._make(self.toordinal() + other._days,
                                self._hour * 3600 + self._minute * 60 + self._second + other._seconds,
                                self._microsecond + other._microseconds)
        if not 0 < delta._days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        hh, rest = divmod(delta._seconds, 3600)
        mm, ss = divmod(rest, 60)
        return type(self)(*_ord2ymd(delta._days), hh, mm, ss, delta._microseconds, self._tzinfo)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            if isinstance(other, date):
                raise _unsupported("-", self, other)
            return _reflect_or_raise("-", self, other)
        a = (self.toordinal() - other.toordinal()) * 86400 * 1000000
        a += ((self._hour - other._hour) * 3600 + (self._minute - other._minute) * 60
              + self._second - other._second) * 1000000 + self._microsecond - other._microsecond
        if self._tzinfo is not other._tzinfo:
            offset_a, offset_b = self.utcoffset(), other.utcoffset()
            if (offset_a is None) != (offset_b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if offset_a is not None:
                a += offset_b._us() - offset_a._us()
        return timedelta._make(0, 0, a)


_DATE_CLASS = date
_TIME_CLASS = time
_LOCAL = timezone(timedelta(0), "UTC")
_OWN_CLASSES = (date, datetime, time, timedelta, timezone, tzinfo)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
