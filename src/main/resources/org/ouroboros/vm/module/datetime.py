"""datetime: naive date, time, datetime and timedelta, with CPython 3.11's reprs and messages."""

import time as _time

MINYEAR = 1
MAXYEAR = 9999

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_US_PER_DAY = 86400 * 1000000


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_len(year, month):
    return 29 if month == 2 and _leap(year) else _MONTH_DAYS[month]


def _days_before_month(year, month):
    return sum(_MONTH_DAYS[1:month]) + (1 if month > 2 and _leap(year) else 0)


def _to_ordinal(year, month, day):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + _days_before_month(year, month) + day


def _from_ordinal(n):
    # whole 400-, 100-, 4- and 1-year periods before day n (day 1 is 0001-01-01)
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while n >= _month_len(year, month):
        n -= _month_len(year, month)
        month += 1
    return year, month, n + 1


def _int_arg(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(value, int):
        raise TypeError("an integer is required (got type %s)" % type(value).__name__)
    return value


def _check_date(year, month, day):
    year, month, day = _int_arg(year), _int_arg(month), _int_arg(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_len(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond):
    hour, minute, second, microsecond = (_int_arg(hour), _int_arg(minute), _int_arg(second),
                                         _int_arg(microsecond))
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    return hour, minute, second, microsecond


def _format(fmt, d, t):
    """strftime for a date part d (date or None) and a time part t (hour, minute, second, us)."""
    year, month, day = (d.year, d.month, d.day) if d is not None else (1900, 1, 1)
    hour, minute, second, us = t
    weekday = (_to_ordinal(year, month, day) + 6) % 7
    yday = _days_before_month(year, month) + day
    day_name, month_name = _DAY_NAMES[weekday], _MONTH_NAMES[month]
    clock = "%02d:%02d:%02d" % (hour, minute, second)
    fields = {
        "Y": "%d" % year, "y": "%02d" % (year % 100), "m": "%02d" % month, "d": "%02d" % day, "e": "%2d" % day,
        "H": "%02d" % hour, "I": "%02d" % (hour % 12 or 12), "M": "%02d" % minute, "S": "%02d" % second,
        "f": "%06d" % us, "p": "AM" if hour < 12 else "PM", "B": month_name, "b": month_name[:3],
        "h": month_name[:3], "A": day_name, "a": day_name[:3], "w": "%d" % ((weekday + 1) % 7),
        "u": "%d" % (weekday + 1), "j": "%03d" % yday, "U": "%02d" % ((yday + 6 - (weekday + 1) % 7) // 7),
        "W": "%02d" % ((yday + 6 - weekday) // 7),
        "c": "%s %s %2d %s %d" % (day_name[:3], month_name[:3], day, clock, year),
        "x": "%02d/%02d/%02d" % (month, day, year % 100), "D": "%02d/%02d/%02d" % (month, day, year % 100),
        "X": clock, "T": clock, "F": "%d-%02d-%02d" % (year, month, day), "R": "%02d:%02d" % (hour, minute),
        "z": "", "Z": "", "%": "%",
    }
    out = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch != "%" or i + 1 == len(fmt):
            out.append(ch)
            i += 1
            continue
        out.append(fields.get(fmt[i + 1], fmt[i:i + 2]))
        i += 2
    return "".join(out)


class _Comparable:
    """The rich comparisons, on the pair of keys _pair(other, op) gives (or NotImplemented/False)."""
    __slots__ = ()

    def _compare(self, other, op):
        pair = self._pair(other, op)
        if pair is NotImplemented or pair is False:
            return pair
        a, b = pair
        if op == "==":
            return a == b
        if op == "<":
            return a < b
        if op == "<=":
            return a <= b
        if op == ">":
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._compare(other, "==")

    def __lt__(self, other):
        return self._compare(other, "<")

    def __le__(self, other):
        return self._compare(other, "<=")

    def __gt__(self, other):
        return self._compare(other, ">")

    def __ge__(self, other):
        return self._compare(other, ">=")


class timedelta(_Comparable):
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        exact = True
        for value, scale in ((weeks, 7 * _US_PER_DAY), (days, _US_PER_DAY), (hours, 3600 * 1000000),
                             (minutes, 60 * 1000000), (seconds, 1000000), (milliseconds, 1000),
                             (microseconds, 1)):
            if isinstance(value, float):
                exact = False
            elif not isinstance(value, int):
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_COMPONENT[scale], type(value).__name__))
            total += value * scale
        if not exact:
            total = round(total)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        days, rest = divmod(total, _US_PER_DAY)
        if abs(days) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, 1000000)
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days)

    seconds = property(lambda self: self._seconds)

    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(parts) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._days:
            text = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + text
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            return timedelta._from_us(round(self._us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, (int, float)):
            return timedelta._from_us(round(self._us() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _pair(self, other, op):
        return (self._us(), other._us()) if isinstance(other, timedelta) else NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._us() != 0

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


_COMPONENT = {7 * _US_PER_DAY: "weeks", _US_PER_DAY: "days", 3600 * 1000000: "hours", 60 * 1000000: "minutes",
              1000000: "seconds", 1000: "milliseconds", 1: "microseconds"}


def _type_name(obj):
    # C's tp_name: "datetime.date" for the module's own classes, the bare name for subclasses
    cls = type(obj)
    return "datetime." + cls.__name__ if cls.__module__ == "datetime" else cls.__name__


class date(_Comparable):
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        t = _time.localtime(_time.time())
        return cls(t.tm_year, t.tm_mon, t.tm_mday)

    @classmethod
    def fromtimestamp(cls, t):
        lt = _time.localtime(t)
        return cls(lt.tm_year, lt.tm_mon, lt.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _to_ordinal(MAXYEAR, 12, 31):
            raise ValueError("ordinal must be >= 1")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(text) == 10 and text[4] == "-" and text[7] == "-":
                return cls(int(text[0:4]), int(text[5:7]), int(text[8:10]))
            if len(text) == 8 and text.isdigit():
                return cls(int(text[0:4]), int(text[4:6]), int(text[6:8]))
        except ValueError:
            pass
        raise ValueError("Invalid isoformat string: %r" % (text,))

    year = property(lambda self: self._year)

    month = property(lambda self: self._month)

    day = property(lambda self: self._day)

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        week1 = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def ctime(self):
        return _format("%a %b %e 00:00:00 %Y", self, (0, 0, 0, 0))

    def strftime(self, fmt):
        return _format(fmt, self, (0, 0, 0, 0))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def _key(self):
        return (self._year, self._month, self._day)

    def _pair(self, other, op):
        if not isinstance(other, date):
            return NotImplemented
        if isinstance(other, datetime) != isinstance(self, datetime):
            if op == "==":
                return False
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return self._key(), other._key()

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _to_ordinal(MAXYEAR, 12, 31):
                raise OverflowError("date value out of range")
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


def _iso_week1_monday(year):
    first = _to_ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self


class _Clock:
    """The time-of-day fields time and datetime share."""
    __slots__ = ()
    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: None)

    def _parts(self):
        return (self._hour, self._minute, self._second, self._microsecond)


class time(_Clock, _Comparable):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = _check_time(hour, minute, second, microsecond)
        self._hashcode = -1
        return self


    def isoformat(self, timespec="auto"):
        return _time_text(self._parts(), timespec)

    __str__ = isoformat

    def __repr__(self):
        return "%s(%s)" % (_type_name(self), _time_args(self._parts()))

    def strftime(self, fmt):
        return _format(fmt, None, self._parts())

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None):
        h, m, s, us = self._parts()
        return type(self)(h if hour is None else hour, m if minute is None else minute,
                          s if second is None else second, us if microsecond is None else microsecond)

    def _pair(self, other, op):
        return (self._parts(), other._parts()) if isinstance(other, time) else NotImplemented

    def __hash__(self):
        return hash(self._parts())

    def __bool__(self):
        return True


def _time_text(parts, timespec="auto"):
    hour, minute, second, us = parts
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, us)
    raise ValueError("Unknown timespec value")


def _time_args(parts):
    hour, minute, second, us = parts
    args = [hour, minute]
    if second or us:
        args.append(second)
    if us:
        args.append(us)
    return ", ".join(str(a) for a in args)


class datetime(_Clock, date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        self = date.__new__(cls, year, month, day)
        self._hour, self._minute, self._second, self._microsecond = _check_time(hour, minute, second, microsecond)
        return self


    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        return cls._from_struct(_time.localtime(t), t)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_struct(_time.gmtime(t), t)

    @classmethod
    def _from_struct(cls, st, t):
        us = round((t - int(t)) * 1000000) if isinstance(t, float) else 0
        return cls(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, min(st.tm_sec, 59), us)

    @classmethod
    def combine(cls, d, t):
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        d = date.fromisoformat(text[:10]) if len(text) >= 10 else None
        try:
            if d is None:
                raise ValueError
            rest = text[11:]
            if len(text) > 10 and text[10] not in "T ":
                raise ValueError
            parts = [0, 0, 0, 0]
            if rest:
                clock, _, fraction = rest.partition(".")
                fields = clock.split(":")
                if len(fields) > 3 or not all(len(f) == 2 and f.isdigit() for f in fields):
                    raise ValueError
                for i, f in enumerate(fields):
                    parts[i] = int(f)
                if fraction:
                    parts[3] = int((fraction + "000000")[:6])
            return cls(d.year, d.month, d.day, *parts)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (text,)) from None

    @classmethod
    def strptime(cls, text, fmt):
        return _strptime(cls, text, fmt)


    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(*self._parts())

    def timestamp(self):
        return _time.mktime((self._year, self._month, self._day, self._hour, self._minute, self._second, -1, -1,
                             -1)) + self._microsecond / 1e6

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None):
        values = [year, month, day, hour, minute, second, microsecond]
        current = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        return type(self)(*[c if v is None else v for v, c in zip(values, current)])

    def isoformat(self, sep="T", timespec="auto"):
        return "%04d-%02d-%02d%s%s" % (self._year, self._month, self._day, sep, _time_text(self._parts(), timespec))

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        return "%s(%d, %d, %d, %s)" % (_type_name(self), self._year, self._month,
                                          self._day, _time_args(self._parts()))

    def ctime(self):
        return _format("%a %b %e %H:%M:%S %Y", self, self._parts())

    def strftime(self, fmt):
        return _format(fmt, self, self._parts())

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), _days_before_month(self._year, self._month) + self._day, -1))

    def _key(self):
        return (self._year, self._month, self._day) + self._parts()

    def _us(self):
        return (self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000 \
            + self._microsecond

    def __add__(self, other):
        if isinstance(other, timedelta):
            total = self._us() + other._us()
            days, rest = divmod(total, _US_PER_DAY)
            if not 1 <= days <= _to_ordinal(MAXYEAR, 12, 31):
                raise OverflowError("date value out of range")
            seconds, us = divmod(rest, 1000000)
            minutes, second = divmod(seconds, 60)
            hour, minute = divmod(minutes, 60)
            return type(self)(*_from_ordinal(days), hour, minute, second, us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day) + self._parts()


def _strptime(cls, text, fmt):
    values = {"Y": 1900, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0, "f": 0}
    pm = None
    pos = 0
    i = 0
    error = ValueError("time data %r does not match format %r" % (text, fmt))
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%" and i + 1 < len(fmt):
            c = fmt[i + 1]
            i += 2
            if c in "YmdHMSfIjy":
                width = {"Y": 4, "f": 6, "j": 3}.get(c, 2)
                end = pos
                while end < len(text) and end - pos < width and text[end].isdigit():
                    end += 1
                if end == pos:
                    raise error
                number = int(text[pos:end])
                if c == "f":
                    number = int((text[pos:end] + "000000")[:6])
                pos = end
                if c == "y":
                    values["Y"] = number + (2000 if number < 69 else 1900)
                elif c == "I":
                    values["H"] = number
                else:
                    values[c] = number
            elif c in "bBaA":
                names = _MONTH_NAMES[1:] if c in "bB" else _DAY_NAMES
                for n, name in enumerate(names):
                    candidate = name if c in "BA" else name[:3]
                    if text[pos:pos + len(candidate)].lower() == candidate.lower():
                        if c in "bB":
                            values["m"] = n + 1
                        pos += len(candidate)
                        break
                else:
                    raise error
            elif c == "p":
                word = text[pos:pos + 2].upper()
                if word not in ("AM", "PM"):
                    raise error
                pm = word == "PM"
                pos += 2
            elif c == "%":
                if text[pos:pos + 1] != "%":
                    raise error
                pos += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (c, fmt))
        else:
            if text[pos:pos + 1] != ch:
                raise error
            pos += 1
            i += 1
    if pos != len(text):
        raise ValueError("unconverted data remains: %s" % text[pos:])
    hour = values["H"]
    if pm is not None:
        hour = hour % 12 + (12 if pm else 0)
    if "j" in values:
        d = date(values["Y"], 1, 1) + timedelta(values["j"] - 1)
        values["m"], values["d"] = d.month, d.day
    return cls(values["Y"], values["m"], values["d"], hour, values["M"], values["S"], values["f"])


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
time.min = time(0, 0)
time.max = time(23, 59, 59, 999999)
