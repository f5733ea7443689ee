class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class WithPrepare(metaclass=OrderedMeta, flag=1):
    a = 1
print(WithPrepare.prepared, type(WithPrepare))
class M1(type): pass
class M2(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(A, B): pass
print(type(C).__name__)
class Other(type): pass
try:
    class Bad(A, metaclass=Other): pass
except TypeError as e:
    print(e)
def class_decorator(cls):
    cls.decorated = True
    return cls
@class_decorator
class Dec:
    pass
print(Dec.decorated)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Plugin(metaclass=Registry): pass
class PA(Plugin): pass
class PB(Plugin): pass
print(Registry.classes)
class Counted:
    count = 0
    def __new__(cls, *args, **kwargs):
        cls.count += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
Counted(1); Counted(2)
print(Counted.count)
class Swap:
    pass
class Other2:
    def hello(self):
        return "other"
sw = Swap()
sw.__class__ = Other2
print(sw.hello(), type(sw).__name__)
print(type(int), type(type(int)), int.__class__.__class__)
print(isinstance(int, type), isinstance(type, object), isinstance(object, type))
Meta3 = type("Meta3", (type,), {})
X = Meta3("X", (), {"v": 3})
print(type(X).__name__, X.v, X.__class__.__name__)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
pt = Point(1, 2)
print(pt.x, pt.y, hasattr(pt, "__dict__"))
class Base:
    def __init__(self):
        print("Base init")
class Derived(Base):
    def __init__(self):
        print("Derived init")
        super().__init__()
Derived()
print(super(Derived, Derived()).__init__ is not None)
