class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, z):
        return self.x + self.y + z
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __iadd__(self, o):
        self.x += o.x
        return self
v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v * 3, 2 * v, v == Vec(1, 2), v != w, v < w, sorted([w, v]), len(v), bool(Vec(0, 0)))
print(list(v), v[1], 2 in v, v(10), -v, {v: "a"}[Vec(1, 2)])
v += w
print(v)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
for item in Seq():
    print("item", item)
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.name == "suppress"
with Ctx("a") as a, Ctx("b") as b:
    print("body", a.name, b.name)
with Ctx("suppress"):
    raise ValueError("hidden")
print("after suppress")
try:
    with Ctx("loud"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
class Fmt:
    def __format__(self, spec):
        return "F[" + spec + "]"
    def __str__(self):
        return "strFmt"
print(f"{Fmt():abc}", format(Fmt(), "x"), str(Fmt()), "{} {!s}".format(Fmt(), Fmt()))
class R:
    def __radd__(self, other):
        return "radd:" + str(other)
print(1 + R(), [1] + [2], "a" + "b")
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    [] < 1
except TypeError as e:
    print(e)
print(1 == 1.0, hash(1) == hash(1.0), {1: "int", 1.0: "float"}, True + True, 7 / 2, 7 // 2, -7 % 3, 2 ** -1)
print(0.1 + 0.2, 1e16, 1.5e-7, 123456789.0, 1/3, 2.0, -0.0, float("inf"), 10**20, 3.0 * 2, 1e22, 12345678901234567890.0)
print(int("42"), int(3.9), float("2.5"), str(12), repr("it's"), repr('say "hi"'), bool(""), int("ff", 16))
print(isinstance(True, int), type(True), True == 1, None == 0, [] == [], {} == {}, (1,) == (1,), 1 != 2)
