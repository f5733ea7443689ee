# time.gmtime gives a struct_time (a named 9-tuple); strftime/asctime/ctime format it; mktime
# inverts localtime. Fixed instants keep the output deterministic.
import time

epoch = time.gmtime(0)
print(epoch)
print(epoch.tm_year, epoch[0], epoch.tm_wday, tuple(epoch)[:3], type(epoch), isinstance(epoch, tuple))
moment = time.gmtime(1700000000)
print(moment)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %d", "%I:%M %p", "%j %w %u %y", "%x %X", "%D %F %R %T", "%%Y", "%c",
            "day %e of %h"]:
    print(repr(fmt), "->", repr(time.strftime(fmt, moment)))
print(time.asctime(epoch), "|", time.asctime(moment))
print(time.strftime("%H:%M", time.gmtime(3600 * 13 + 60 * 7)), time.gmtime(86400 * 366).tm_yday)
now = time.time()
print(time.mktime(time.localtime(1700000000)) == 1700000000, time.localtime().tm_year >= 2024,
      type(time.strftime("%H:%M:%S")), len(time.ctime()) == 24, time.ctime(0) == time.asctime(time.localtime(0)))
print(time.struct_time is type(epoch), epoch.tm_isdst)
