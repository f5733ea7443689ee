class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        print("__add__")
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __radd__(self, other):
        print("__radd__")
        if other == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __sub__(self, o):
        return self + -o
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a * 3, 3 * a, -a, abs(b), b - a, a @ b)
print(sum([a, b]))
c = a
c += b
print(c, a, c is a)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc.items, acc is ref)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    [] - []
except TypeError as e:
    print("TypeError:", e)
try:
    -"x"
except TypeError as e:
    print("TypeError:", e)
class Left:
    def __add__(self, o):
        return "Left.__add__"
class Right(Left):
    def __radd__(self, o):
        return "Right.__radd__ wins (subclass)"
print(Left() + Right())
