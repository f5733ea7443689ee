class Field:
    """Keeps each value in the owner instance's dict under the attribute's own name."""
    def __set_name__(self, owner, attr):
        print("set_name", owner.__name__, attr)
        self.key = attr
    def __get__(self, instance, owner=None):
        return self if instance is None else instance.__dict__.get(self.key, "unset")
    def __set__(self, instance, value):
        instance.__dict__[self.key] = value

class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))

class A(Base, tag="alpha"):
    x = Field()
    y = Field()

class B(A):
    pass

a = A()
print(a.x, A.x.__class__.__name__)
a.x = 5
print(a.x, a.__dict__)
print(Base.registry, B.tag)
try:
    class C(Base, bogus=1):
        pass
except TypeError as e:
    print("TypeError", e)

class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G[1, 2])
try:
    A[int]
except TypeError as e:
    print("TypeError", e)
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]), list[int].__origin__, list[int].__args__)

class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self):
        print("deleting")
        del self._v
    @property
    def ro(self):
        return 1

p = P()
p.v = 3
print(p.v, P.v.__doc__)
try:
    p.v = -1
except ValueError as e:
    print("ValueError", e)
del p.v
try:
    p.v
except AttributeError as e:
    print("AttributeError", e)
try:
    p.ro = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del p.ro
except AttributeError as e:
    print("AttributeError", e)
print(type(P.v), P.v.fget.__name__, P.v.fset is not None)
prop = property(lambda self: 42)
class Q:
    answer = prop
print(Q().answer)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}

class M(metaclass=Meta, flavour="x"):
    a = 1
    def f(self): pass

m = M()
print(M.injected, type(M), type(m).__name__)
print(M.__class__.__mro__)

class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(s, "__dict__"), Slotted.a)

class WithGetattr:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return f"<{name}>"
w = WithGetattr()
print(w.real, w.fake, getattr(w, "other"))

class GA:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
print(GA().secret, GA().__class__.__name__)

class SA:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
sa = SA()
sa.name = "bob"
print(sa.name)
del sa.name
try:
    del sa.name
except AttributeError as e:
    print("AttributeError", e)
