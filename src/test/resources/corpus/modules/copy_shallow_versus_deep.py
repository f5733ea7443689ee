# copy.copy shares the inner objects, copy.deepcopy rebuilds them (keeping shared references
# and cycles), atoms are never copied, and __copy__/__deepcopy__ take over when defined.
import copy

a = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(a)
deep = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, shallow, deep, shallow is a, shallow[1] is a[1], deep[1] is a[1])
shared = [0]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is shared)
cyclic = [1]
cyclic.append(cyclic)
c2 = copy.deepcopy(cyclic)
print(c2[1] is c2, c2 is cyclic)
t = (1, "s", 3.5)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None, copy.copy(42) == 42)


class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags

    def __repr__(self):
        return f"Point({self.x}, {self.tags})"


p = Point(1, ["a"])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("b")
print(p2, p3, p2.tags is p.tags, type(p3).__name__)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


s2 = copy.deepcopy(Slotted())
print(s2.a, s2.b)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  __copy__ called")
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called")
        return Custom(copy.deepcopy(self.v, memo))


c = Custom([1])
print(copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)
d = {"a": {1, 2}, "b": bytearray(b"x")}
dd = copy.deepcopy(d)
print(dd, dd["a"] is d["a"], copy.copy(d)["a"] is d["a"])
