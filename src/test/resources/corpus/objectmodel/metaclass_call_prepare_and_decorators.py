# nested/local class qualnames, __class__ cell, a metaclass __call__ doing new+init by hand, type()'s
# argument errors through a metaclass, __prepare__ order, class decorators, __init_subclass__ registry
class Outer:
    class Inner:
        def method(self): pass
    def f(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer().f().__qualname__, Outer.Inner)
print(Outer().f()(), repr(Outer.Inner()).split(" at ")[0])
class A:
    def who(self): return __class__
class B(A): pass
print(B().who(), A.who.__code__.co_freevars)
class Meta(type):
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__ before")
        obj = cls.__new__(cls)
        if isinstance(obj, cls):
            cls.__init__(obj, *args, **kwargs)
        print("Meta.__call__ after")
        return obj
class C(metaclass=Meta):
    def __init__(self, v): self.v = v; print("C.__init__", v)
print(C(3).v)
try:
    type.__new__(Meta, "X")
except TypeError as e:
    print(e)
try:
    type("X", "notatuple", {})
except TypeError as e:
    print(e)
try:
    type("X", (), [])
except TypeError as e:
    print(e)
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        from collections import OrderedDict
        return OrderedDict()
    def __new__(mcs, name, bases, ns):
        ns["order"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcs, name, bases, dict(ns))
class O(metaclass=OrderedMeta):
    z = 1
    a = 2
    def m(self): pass
print(O.order)
def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(Pt(1, "b"), [Pt(0, 0)])
print(type(Outer.__dict__["f"]), Outer.f, Outer.__dict__["Inner"])
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
class L1(Base): pass
class L2(L1): pass
print(Base.registry, L2.__mro__)
try:
    class Bad(Base, flavor="x"): pass
except TypeError as e:
    print(e)
