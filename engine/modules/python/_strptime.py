# Loopstep's _strptime: datetime.strptime()'s parser (CPython's _strptime._strptime_datetime), and
# the text side of datetime that goes with it: strftime() in the C locale, isoformat pieces and
# fromisoformat's parsing. datetime imports this module; it imports datetime only when it runs.
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]


def _time_text(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return f"{hh:02d}"
    if timespec == "minutes":
        return f"{hh:02d}:{mm:02d}"
    if timespec == "seconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if timespec == "milliseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}"
    if timespec == "microseconds":
        return f"{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


def _offset_text(offset, sep):
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    hh, rest = divmod(offset.seconds, 3600)
    mm, ss = divmod(rest, 60)
    text = f"{sign}{hh:02d}{sep}{mm:02d}"
    if ss or offset.microseconds:
        text += f"{sep}{ss:02d}"
        if offset.microseconds:
            text += f".{offset.microseconds:06d}"
    return text


def _ctime(d, hh, mm, ss):
    return (f"{_DAY_NAMES[d.weekday()][:3]} {_MONTH_NAMES[d.month][:3]} {d.day:2d} "
            f"{hh:02d}:{mm:02d}:{ss:02d} {d.year:04d}")


def _strftime(fmt, d, t):
    """fmt with its directives filled in from the date `d` and the time `t` (None: midnight, naive)."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    hh, mm, ss, us = (0, 0, 0, 0) if t is None else (t.hour, t.minute, t.second, t.microsecond)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        out.append(_directive(fmt[i + 1], d, t, hh, mm, ss, us))
        i += 2
    return "".join(out)


def _directive(c, d, t, hh, mm, ss, us):
    if c == "Y":
        return str(d.year)
    if c == "m":
        return f"{d.month:02d}"
    if c == "d":
        return f"{d.day:02d}"
    if c == "H":
        return f"{hh:02d}"
    if c == "M":
        return f"{mm:02d}"
    if c == "S":
        return f"{ss:02d}"
    if c == "f":
        return f"{us:06d}"
    if c == "y":
        return f"{d.year % 100:02d}"
    if c == "C":
        return f"{d.year // 100:02d}"
    if c in "aA":
        name = _DAY_NAMES[d.weekday()]
        return name[:3] if c == "a" else name
    if c in "bBh":
        name = _MONTH_NAMES[d.month]
        return name if c == "B" else name[:3]
    if c in "Il":
        hour = hh % 12 or 12
        return f"{hour:02d}" if c == "I" else f"{hour:2d}"
    if c == "k":
        return f"{hh:2d}"
    if c == "p":
        return "AM" if hh < 12 else "PM"
    if c == "e":
        return f"{d.day:2d}"
    if c == "j":
        return f"{d.toordinal() - type(d)(d.year, 1, 1).toordinal() + 1:03d}"
    if c in "UW":
        yday = d.toordinal() - type(d)(d.year, 1, 1).toordinal()
        wday = (d.weekday() + 1) % 7 if c == "U" else d.weekday()
        return f"{(yday + 7 - wday) // 7:02d}"
    if c == "w":
        return str((d.weekday() + 1) % 7)
    if c == "u":
        return str(d.weekday() + 1)
    if c in "GV":
        year, week, _ = d.isocalendar()
        return str(year) if c == "G" else f"{week:02d}"
    if c in "zZ":
        if t is None or t.tzinfo is None:
            return ""
        if c == "Z":
            name = t.tzname()
            return "" if name is None else name.replace("%", "%%")
        offset = t.utcoffset()
        return "" if offset is None else _offset_text(offset, "")
    if c == "c":
        return _ctime(d, hh, mm, ss)
    if c in "xD":
        return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    if c in "XT":
        return f"{hh:02d}:{mm:02d}:{ss:02d}"
    if c == "R":
        return f"{hh:02d}:{mm:02d}"
    if c == "F":
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if c == "n":
        return "\n"
    if c == "t":
        return "\t"
    if c == "%":
        return "%"
    return "%" + c  # the C library leaves an unknown directive as it is


def _digits(text, start, lo, hi):
    """The number of `lo`..`hi` digits at text[start:], or None."""
    end = start
    while end < len(text) and end - start < hi and "0" <= text[end] <= "9":
        end += 1
    return None if end - start < lo else end


def _parse_iso_date(text):
    """(year, month, day) of 'YYYY-MM-DD' or 'YYYYMMDD', or None."""
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        parts = (text[0:4], text[5:7], text[8:10])
    elif len(text) == 8:
        parts = (text[0:4], text[4:6], text[6:8])
    else:
        return None
    if not all(len(p) > 0 and _digits(p, 0, len(p), len(p)) == len(p) for p in parts):
        return None
    return int(parts[0]), int(parts[1]), int(parts[2])


def _parse_hms(text):
    """[hour, minute, second, microsecond] of 'HH[:MM[:SS[.f...]]]' or its compact form, or None."""
    fraction = 0
    for mark in ".,":
        if mark in text:
            text, digits = text.split(mark, 1)
            if not 1 <= len(digits) <= 6 or _digits(digits, 0, len(digits), len(digits)) is None:
                return None
            fraction = int(digits.ljust(6, "0"))
            break
    parts = text.split(":") if ":" in text else [text[i:i + 2] for i in range(0, len(text), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or _digits(p, 0, 2, 2) != 2 for p in parts):
        return None
    if fraction and len(parts) < 3:
        return None
    values = [int(p) for p in parts] + [0] * (3 - len(parts))
    return values + [fraction]


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time with an optional offset, or None."""
    import datetime
    tz = None
    for i, c in enumerate(text):
        if c in "+-Z":
            zone, text = text[i:], text[:i]
            if zone == "Z":
                tz = datetime.timezone.utc
            else:
                hms = _parse_hms(zone[1:])
                if hms is None:
                    return None
                delta = datetime.timedelta(hours=hms[0], minutes=hms[1], seconds=hms[2], microseconds=hms[3])
                tz = datetime.timezone.utc if not delta else datetime.timezone(-delta if c == "-" else delta)
            break
    hms = _parse_hms(text)
    return None if hms is None else (hms[0], hms[1], hms[2], hms[3], tz)


# Numeric directives: (fewest digits, most digits, smallest value, largest value).
_NUMBERS = {"d": (1, 2, 1, 31), "m": (1, 2, 1, 12), "H": (1, 2, 0, 23), "I": (1, 2, 1, 12), "M": (1, 2, 0, 59),
            "S": (1, 2, 0, 61), "j": (1, 3, 1, 366), "y": (2, 2, 0, 99), "Y": (4, 4, 0, 9999), "f": (1, 6, 0, 999999),
            "U": (1, 2, 0, 53), "W": (1, 2, 0, 53), "w": (1, 1, 0, 6), "u": (1, 1, 1, 7)}
_NAMES = {"a": [n[:3] for n in _DAY_NAMES], "A": _DAY_NAMES, "b": [n[:3] for n in _MONTH_NAMES[1:]],
          "h": [n[:3] for n in _MONTH_NAMES[1:]], "B": _MONTH_NAMES[1:], "p": ["AM", "PM"]}


def _match_directive(c, data, pos, found):
    """The position after directive `c` matched at data[pos:] (its value put in `found`), or None."""
    if c in _NUMBERS:
        fewest, most, lo, hi = _NUMBERS[c]
        end = _digits(data, pos, fewest, most)
        while end is not None and end - pos >= fewest:
            value = int(data[pos:end])
            if lo <= value <= hi:
                found[c] = data[pos:end] if c == "f" else value
                return end
            end -= 1
        return None
    if c in _NAMES:
        best = None
        for index, name in enumerate(_NAMES[c]):
            if data[pos:pos + len(name)].lower() == name.lower() and (best is None or len(name) > best[1]):
                best = (index, len(name))
        if best is None:
            return None
        found[c] = best[0]
        return pos + best[1]
    if c == "z":
        if data[pos:pos + 1] == "Z":
            found["z"] = 0
            return pos + 1
        if data[pos:pos + 1] not in ("+", "-"):
            return None
        end = pos + 1
        while end < len(data) and (data[end].isdigit() or data[end] in ":."):
            end += 1
        text = data[pos + 1:end]
        if ":" in text:
            text = text.replace(":", "", 2) if text[2:3] == ":" else None
        hms = None if text is None or len(text) < 4 else _parse_hms(text)
        if hms is None:
            return None
        seconds = hms[0] * 3600 + hms[1] * 60 + hms[2]
        found["z"] = (-1 if data[pos] == "-" else 1) * (seconds * 1000000 + hms[3])
        return end
    if c == "Z":
        for name in ("UTC", "GMT"):
            if data[pos:pos + 3].upper() == name:
                return pos + 3
        return None
    if c == "%":
        return pos + 1 if data[pos:pos + 1] == "%" else None
    return None


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """cls(...) made from data_string read with format, as datetime.strptime."""
    import datetime
    for arg, value in enumerate((data_string, format)):
        if not isinstance(value, str):
            raise TypeError(f"strptime() argument {arg} must be str, not {type(value).__name__}")
    i = 0
    while i < len(format):
        if format[i] == "%":
            if i + 1 == len(format):
                raise ValueError(f"stray % in format '{format}'")
            c = format[i + 1]
            if c not in _NUMBERS and c not in _NAMES and c not in "zZ%":
                raise ValueError(f"'{c}' is a bad directive in format '%{c}'")
            i += 1
        i += 1
    found = {}
    pos = i = 0
    while i < len(format):
        c = format[i]
        if c == "%":
            pos = _match_directive(format[i + 1], data_string, pos, found)
            i += 2
        elif c.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            start = pos
            while pos < len(data_string) and data_string[pos].isspace():
                pos += 1
            if pos == start:
                pos = None
        else:
            pos = pos + 1 if data_string[pos:pos + 1].lower() == c.lower() else None
            i += 1
        if pos is None:
            raise ValueError(f"time data {data_string!r} does not match format {format!r}")
    if pos < len(data_string):
        raise ValueError(f"unconverted data remains: {data_string[pos:]}")
    year = found.get("Y", 1900)
    if "y" in found and "Y" not in found:
        year = found["y"] + (2000 if found["y"] < 69 else 1900)
    month = found["B"] + 1 if "B" in found else found["b"] + 1 if "b" in found else found.get("m", 1)
    month = found["h"] + 1 if "h" in found else month
    day = found.get("d", 1)
    hour = found.get("H", 0)
    if "I" in found:
        hour = found["I"] % 12 + (12 if found.get("p") == 1 else 0)
    us = int(found["f"].ljust(6, "0")) if "f" in found else 0
    if "j" in found and "m" not in found and "d" not in found and "b" not in found and "B" not in found:
        ordinal = datetime.date(year, 1, 1).toordinal() + found["j"] - 1
        d = datetime.date.fromordinal(ordinal)
        month, day = d.month, d.day
    tz = None
    if "z" in found:
        delta = datetime.timedelta(microseconds=found["z"])
        tz = datetime.timezone.utc if not delta else datetime.timezone(delta)
    return cls(year, month, day, hour, found.get("M", 0), found.get("S", 0), us, tz)
