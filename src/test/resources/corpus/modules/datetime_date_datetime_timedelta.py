# datetime: date/datetime/time/timedelta construction, validation messages, arithmetic, comparison,
# reprs (subclasses by bare name), strftime/strptime/isoformat, isocalendar; today()/now() only checked loosely
from datetime import date, datetime, timedelta, time
import datetime as dtmod
d = date(1987, 1, 1)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(date(2024, 2, 29), date(2000, 2, 29).replace(year=2004), date.fromordinal(738000), date.fromisoformat("2021-12-31"))
for args in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1), (2023, 0, 5), (10000, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print(e)
print(d + timedelta(days=40), d - timedelta(1), date(2024, 3, 1) - date(2024, 2, 1), (date(2024, 1, 1) - d).days)
print(d < date(1990, 1, 1), d == date(1987, 1, 1), d != date(1987, 1, 2), max(d, date(1990, 5, 5)), sorted([date(2020, 1, 2), d]))
print(d.strftime("%Y/%m/%d %A %B %a %b %j %y %%"), f"{d:%d.%m.%Y}", format(d), "{:%Y}".format(d))
print(d.isocalendar(), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar(), date(2024, 12, 30).isocalendar())
print({d: 1}[date(1987, 1, 1)], hash(d) == hash(date(1987, 1, 1)), d.ctime())
dt = datetime(2024, 3, 15, 14, 30)
print(dt, repr(dt), dt.date(), dt.time(), dt.hour, dt.minute, dt.second, dt.microsecond)
print(repr(datetime(2024, 3, 15)), repr(datetime(2024, 3, 15, 1, 2, 3)), repr(datetime(2024, 3, 15, 1, 2, 3, 4)), datetime(2024, 3, 15, 1, 2, 3, 4))
print(dt + timedelta(hours=12), dt - timedelta(days=15, minutes=31), datetime(2024, 3, 16) - dt, dt - datetime(2024, 1, 1))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), dt.strftime("%H:%M:%S %p %I"), dt.ctime())
print(datetime.strptime("2023-07-04 09:05:01", "%Y-%m-%d %H:%M:%S"), datetime.strptime("04/Jul/23", "%d/%b/%y"), datetime.fromisoformat("2020-01-02T03:04:05.5"))
try:
    datetime.strptime("2023-07-04", "%Y/%m/%d")
except ValueError as e:
    print(e)
print(datetime.combine(date(2020, 5, 6), time(7, 8)), time(1, 2), repr(time(1, 2, 3)), time(23, 59, 59, 1), time(9, 5).strftime("%H-%M"))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(), repr(timedelta()), timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(weeks=2), timedelta(hours=36), timedelta(milliseconds=1500))
print(timedelta(days=-3), abs(timedelta(days=-3)), -timedelta(hours=1), timedelta(hours=1) * 2.5, 3 * timedelta(minutes=20), timedelta(hours=3) / 2)
print(timedelta(hours=3) / timedelta(minutes=45), timedelta(hours=3) // timedelta(minutes=45), timedelta(hours=3) % timedelta(minutes=45), divmod(timedelta(hours=3), timedelta(minutes=50)))
print(timedelta(days=2) > timedelta(hours=47), timedelta(hours=24) == timedelta(days=1), bool(timedelta()), timedelta(seconds=0.5), timedelta(days=1.5))
print(type(d), type(dt), type(td), issubclass(datetime, date), isinstance(dt, date), dtmod.date is date, dtmod.MAXYEAR)
print(d == dt, date(2024, 3, 15) == datetime(2024, 3, 15))
try:
    d < dt
except TypeError as e:
    print(e)
try:
    timedelta(days="1")
except TypeError as e:
    print(e)
class Birthday(date):
    pass
b = Birthday(2000, 1, 1)
print(repr(b), b + timedelta(1), type(b + timedelta(1)).__name__)
print(date.min, date.max, timedelta.max, repr(timedelta.min), datetime.min)
class User:
    def __init__(self, name, birthday):
        self.name = name
        self.birthday = birthday
    @property
    def age(self):
        return 2018 - self.birthday.year
user = User("bobby", date(year=1987, month=1, day=1))
print(user.age, user.birthday)
today = date.today()
print(type(today).__name__, today.year >= 2024, (datetime.now() - datetime.now()).days in (0, -1))
moment = datetime(2023, 1, 1, 0, 7, 9, 120)
print(moment.strftime("%c|%x|%X|%D|%F|%T|%R|%e|%I %p|%U %W %w %u|%f|%h"))
print(datetime(2023, 12, 31, 23, 0).strftime("%j %U %W %I%p %a %A"))
