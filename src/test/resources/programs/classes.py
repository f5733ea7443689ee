class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__", name, sorted(kw))
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print("Meta.__init__", name)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
class Base(metaclass=Meta):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class Child(Base, tag="t1"):
    def __init__(self, v):
        self.v = v
c = Child(5)
print(type(Child).__name__, c.v, Child.tag, c.created_by, type(c) is Child, isinstance(c, Base))
class Descr:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("must be int")
        setattr(obj, self.name, value)
class User:
    age = Descr()
    def __init__(self):
        self.__dict__["note"] = "direct"
u = User()
print(u.age)
u.age = 30
print(u.age, u._age, u.note, sorted(u.__dict__))
try:
    u.age = "x"
except TypeError as e:
    print("caught", e)
class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("deleting")
    @staticmethod
    def s(a):
        return a + 1
    @classmethod
    def c(cls):
        return cls.__name__
p = P()
p.x = 5
print(p.x, P.s(1), p.s(2), P.c(), p.c())
del p.x
class G:
    def __getattr__(self, name):
        return "missing:" + name
g = G()
g.real = 1
print(g.real, g.other)
class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(s.a, hasattr(s, "b"))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
print(Singleton(1) is Singleton(2), Singleton(3).v)
class NotMe:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMe())
Dyn = type("Dyn", (object,), {"x": 1, "hi": lambda self: "hi"})
print(Dyn().hi(), Dyn.x, Dyn.__name__, Dyn.__bases__, Dyn.__mro__)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super(D, self).who()
print(D().who(), [k.__name__ for k in D.mro()])
print(repr(A), str(A), A.__qualname__, A.__module__, type(A.who), type(A().who))
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(type(type), type.__class__, object.__class__, type(object), issubclass(type, object), isinstance(type, type))
print(type.__mro__, int.__mro__, bool.__mro__)
class E(Exception): pass
print(E.__mro__)
try:
    class Bad(A, A): pass
except TypeError as e:
    print(e)
try:
    class Bad2(A, B): pass
except TypeError as e:
    print(e)
