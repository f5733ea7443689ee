class Base:
    "Base doc."
    shared = 1
    def method(self):
        pass

class Derived(Base):
    extra = 2

d = Derived()
d.own = 3
print(d.__class__, d.__class__.__bases__, Derived.__bases__[0].__bases__)
print(d.__dict__, sorted(k for k in Derived.__dict__ if not k.startswith("__")))
print(Base.__doc__, Derived.__doc__, Derived.__name__, Derived.__qualname__, Derived.__module__)
print(type(Derived.__dict__).__name__, "method" in Base.__dict__, "method" in Derived.__dict__)
try:
    Derived.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
class Other:
    def method(self):
        return "Other"
d.__class__ = Base
print(type(d).__name__, isinstance(d, Derived))
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
print(object.__dict__["__repr__"].__name__ if "__repr__" in object.__dict__ else None)
print(Derived.__mro__[-1] is object, len(Derived.__mro__))
