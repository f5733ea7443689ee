# reversed() over a dict and its views gives dict_reverse*iterator objects; len.__self__ is the
# builtins module; str(x, encoding) needs bytes; enumerate() without its iterable
d = {"a": 1, "b": 2, "c": 3}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, list(it))
r = reversed(d)
d["z"] = 26
try:
    next(r)
except RuntimeError as e:
    print(e)
print(len.__self__, print.__self__.__name__, [].append.__self__)
print(str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"ok"), encoding="ascii"), str(b"x", errors="strict"))
for args in [(1, 2), (b"x", 1), (b"x", "utf-8", 1), (1, "utf-8")]:
    try:
        str(*args)
    except TypeError as e:
        print(e)
try:
    enumerate()
except TypeError as e:
    print(e)
