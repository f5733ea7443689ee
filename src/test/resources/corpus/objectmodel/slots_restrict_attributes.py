class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(Point.x).__name__)

class Point3(Point):
    __slots__ = ("z",)

q = Point3(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"))

class Loose(Point):
    pass

l = Loose(0, 0)
l.anything = "ok"
print(l.anything, l.__dict__)
