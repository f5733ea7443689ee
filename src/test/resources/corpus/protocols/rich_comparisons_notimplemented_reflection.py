class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("Version.__eq__")
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        print("Version.__lt__")
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n
    def __gt__(self, other):
        print("Version.__gt__")
        if not isinstance(other, (Version, int)):
            return NotImplemented
        return self.n > (other.n if isinstance(other, Version) else other)

a, b = Version(1), Version(2)
print(a < b)
print(a > b)
print(5 < a)
print(a == 1)
print(a != b)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
try:
    a < "x"
except TypeError as e:
    print("TypeError:", e)
print(sorted([Version(3), Version(1), Version(2)], key=lambda v: v.n)[0].n)
class Sub(Version):
    def __eq__(self, other):
        print("Sub.__eq__ first (subclass priority)")
        return NotImplemented
print(a == Sub(1))
print([] == (), 1 == 1.0, "a" != "a")
try:
    [] < 1
except TypeError as e:
    print("TypeError:", e)
