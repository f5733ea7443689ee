class A:
    def __init__(self):
        print("A.__init__")
    @classmethod
    def make(cls):
        print("A.make", cls.__name__)
        return cls.__new__(cls)
    def who(self):
        return "A"
class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
    @classmethod
    def make(cls):
        print("B.make")
        return super().make()
    def who(self):
        return "B>" + super().who()
class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def __init__(self):
        print("D.__init__")
        super(D, self).__init__()
    def who(self):
        return "D>" + super().who()
d = D()
print(d.who(), D.make().__class__.__name__)
print(super(B, d).who(), super(C, d).who())
print(super(D, D).who(d))
s = super(B, d)
print(s, type(s), s.__thisclass__, s.__self__ is d, s.__self_class__)
def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(B, 1)
except TypeError as e:
    print("TypeError", e)
try:
    super(1, d)
except TypeError as e:
    print("TypeError", e)
class E:
    def m(self):
        return super().nope
try:
    E().m()
except AttributeError as e:
    print("AttributeError", e)
class F(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
f = F()
f["a"] = 5
print(f["a"], dict(f), f.get("a"), len(f))
class MyList(list):
    def append(self, x):
        super().append(x * 10)
m = MyList([1])
m.append(2)
print(m, type(m).__name__, m + [3], type(m + [3]).__name__, m[:1], type(m[:1]).__name__)
class Meta(type):
    pass
class Other(type):
    pass
class X(metaclass=Meta): pass
class Y(metaclass=Other): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError", e)
class Singleton:
    _inst = None
    def __new__(cls, *a, **k):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(A, 1)
except TypeError as e:
    print("TypeError", e)
try:
    A(1)
except TypeError as e:
    print("TypeError", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
class Sl:
    __slots__ = ("x",)
    def __init__(self):
        self.x = 1
class SlSub(Sl):
    pass
ss = SlSub(); ss.y = 2
print(ss.x, ss.y, SlSub.__slots__, hasattr(Sl(), "__dict__"), type(Sl.x).__name__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError", e)
class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(self.count)
c1, c2 = Counter(), Counter()
c1.count = 100
print(Counter.count, c1.count, c2.count, c1.items is c2.items, Counter.items)
del c1.count
print(c1.count)
try:
    del c1.count
except AttributeError as e:
    print("AttributeError", e)
