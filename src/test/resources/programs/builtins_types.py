s = "Hello, World"
print(s.lower(), s.upper(), s.split(", "), s.replace("l", "L", 2), s.find("o"), s.rfind("o"), s.count("l"))
print(s.startswith("Hell"), s.endswith(("x", "ld")), "  pad ".strip(), "-".join(["a", "b"]), s[7:], len(s))
print("a,b,,c".split(","), "  a  b ".split(), "x".center(5, "*"), "7".zfill(3), "ab".ljust(4) + "|", s.index("W"))
print("%s is %d years and %.1f%%" % ("Tom", 30, 99.5), "%5s|%-5s|%03d" % ("a", "b", 7), "{0}{1}{0}".format("x", "y"))
print("{name}:{val:>6.2f}".format(name="pi", val=3.14159), "abc".title(), "ABC".isupper(), "12".isdigit())
L = [3, 1, 2]
L.sort()
L.insert(0, 9)
L.extend((7, 8))
print(L, L.pop(), L.pop(0), L.index(2), L.count(1), L[::-1], L * 2, [[0] * 2] * 2)
L.remove(1)
L.reverse()
print(L, L.copy(), sorted(L), list(range(10, 0, -3)), range(5)[2], len(range(0, 10, 3)), 3 in range(5))
d = {"b": 2, "a": 1}
d["c"] = 3
d.update(x=9)
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), d.get("z", 0), d.pop("b"), d)
print(d.setdefault("n", []), {k: v for k, v in zip("ab", (1, 2))}, dict([("p", 1)], q=2), dict.fromkeys("ab", 0))
print(len(d), "a" in d, d.popitem(), sorted(d.items()))
st = {3, 1, 2}
st.add(5)
st.discard(1)
print(st, {1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1, 2} <= {1, 2, 3}, set(), frozenset([1, 2]))
print({x % 3 for x in range(10)}, set("hello") == set("ohle"), len({1, 1, 2}))
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, tuple([1]), (), (1,), max(t), t[1:3])
print(b"abc", b"abc"[0], list(b"hi"), "héllo".encode(), bytes([65, 66]), b"x" + b"y", len(b"abc"))
print(isinstance([], list), type([]) is list, list("abc"), tuple(range(3)), str(None), str([1, "a"]))
print(repr(1.0), repr(0.1), 1e-5, 123e100, 5e-324, 1.7976931348623157e308, 100.0, 1234.5678, 0.000123)
print(int(True), float(7), 7 / 7, 2 ** 64, -(2 ** 63), 10 ** 30 // 7, (10 ** 30) % 7, hex(255), bin(5), oct(8))
print(chr(65), ord("a"), ascii("héllo"), repr("tab\there"), "\u4e2d\u6587", repr("中文"))
a = 256
b = 256
s1 = "abc"
s2 = "abc"
print(a is b, s1 is s2)
x = [1, 2]
y = x
y.append(3)
print(x, x is y, x == [1, 2, 3], id(x) == id(y))
print(callable(len), callable(5), getattr(x, "nope", "default"), hasattr(x, "append"), type(len), type(x.append))
print(len.__name__, [].append.__name__, type(None), type(NotImplemented), ..., type(...))
print(list(iter([1, 2])), next(iter("ab")), next(iter([]), "empty"))
print(dir(object)[:5], vars(type("T", (), {"q": 1}))["q"])
import functools
def mul(a, b):
    return a * b
double = functools.partial(mul, 2)
print(double(21), double.func is mul, double.args, functools.reduce(lambda p, q: p + q, [1, 2, 3]))
def wrap(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@wrap
def named():
    "doc here"
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
import sys
print(sys.getrecursionlimit(), type(sys.argv))
import types
print(types.FunctionType is type(mul), isinstance(mul, types.FunctionType))
