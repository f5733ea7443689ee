print("%s and %r" % ("str", "repr"))
print("%d items cost %.2f (%5.1f%%)" % (3, 9.5, 12.345))
print("%5s|%-5s|%05d|%x|%X|%o|%e|%g|%c" % ("ab", "ab", 42, 255, 255, 8, 12345.678, 0.0001, 65))
print("%(name)s is %(age)d" % {"name": "ada", "age": 36})
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True), "%i" % 3.9, "%+d" % 5)
print("%.3s|%*d|%-*d|" % ("abcdef", 5, 1, 4, 2))
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(b"%s-%d" % (b"bytes", 7))
