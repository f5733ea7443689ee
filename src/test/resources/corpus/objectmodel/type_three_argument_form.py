def describe(self):
    return f"{type(self).__name__} with x={self.x}"

Base = type("Base", (), {"kind": "base", "describe": describe})
Child = type("Child", (Base,), {"x": 5, "__init__": lambda self, y=0: setattr(self, "y", y)})
c = Child(7)
print(Base, Child, Child.__bases__, Child.__mro__)
print(c.describe(), c.kind, c.y, c.x)
print(type(Child) is type, Child.__name__, Child.__module__)
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty().__class__.__name__)
print(type(5), type("Odd name!", (), {}))
try:
    type("Bad", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", 1)
except TypeError as e:
    print("TypeError:", e)
