class Logged:
    def __getattribute__(self, name):
        print("get", name)
        return super().__getattribute__(name)
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
l = Logged()
l.a = 1
print(l.a)
del l.a
class Base:
    @classmethod
    def create(cls):
        return cls.__name__
class Sub(Base):
    @classmethod
    def create(cls):
        return "sub+" + super().create()
print(Sub.create(), Sub().create())
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "Num.radd"
class SubNum(Num):
    def __radd__(self, o): return "SubNum.radd"
print(Num(1) + SubNum(2), 1 + Num(1))
class OnlyIter:
    def __iter__(self): return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())
class Idx:
    def __index__(self): return 1
print([10, 20, 30][Idx()], [10, 20, 30][Idx():], hex(Idx()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print(e)
class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Gen[int])
class Meta(type):
    @property
    def kind(cls):
        return "meta-prop:" + cls.__name__
class WithMeta(metaclass=Meta): pass
print(WithMeta.kind)
try:
    WithMeta().kind
except AttributeError as e:
    print(e)
T = type("T", (WithMeta,), {"z": 2})
print(type(T).__name__, T.kind, T.z)
class NoSuperInit:
    def __init_subclass__(cls):
        cls.marked = True
class Marked(NoSuperInit): pass
print(Marked.marked)
class Inh:
    @property
    def p(self): return "base p"
class Inh2(Inh): pass
print(Inh2().p, Inh2.p.__class__.__name__)
class Dict2(dict):
    def __missing__(self, k):
        return k * 2
d = Dict2(a=1)
print(d["a"], d["zz"], len(d), isinstance(d, dict), type(d).__name__, d)
class L2(list):
    def total(self): return sum(self)
l2 = L2([1, 2, 3])
l2.append(4)
print(l2.total(), l2, len(l2), l2[1:], type(l2[1:]).__name__)
class S2(str):
    def shout(self): return self.upper() + "!"
print(S2("hi").shout(), S2("x") + "y", type(S2("a")).__name__, S2("q") == "q")
class I2(int):
    pass
print(I2(5) + 1, type(I2(5) + 1).__name__, I2(7), repr(I2(3)), isinstance(I2(1), int))
class Err(ValueError):
    def __str__(self): return "custom str"
try:
    raise Err("ignored")
except ValueError as e:
    print(e, repr(e), e.args)
print(issubclass(Err, Exception), Err.__bases__, Err.__name__)
class Point:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
    def __lt__(self, o): return self.x < o.x
print(Point(1) == Point(1), Point(1) != Point(2), Point(1) > Point(0), sorted([Point(3), Point(1)], key=lambda p: p.x)[0].x)
print(Point(2) <= Point(3) if hasattr(Point, "__le__") and Point.__le__ is not object.__le__ else "no le")
