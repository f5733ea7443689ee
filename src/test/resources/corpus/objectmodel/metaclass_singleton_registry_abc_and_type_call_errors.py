import abc
class OnceMeta(type):
    """Each class made by this metaclass builds its instance on the first call only."""
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._only = None
    def __call__(cls, *args, **kwargs):
        if cls._only is None:
            cls._only = super().__call__(*args, **kwargs)
        return cls._only
class DB(metaclass=OnceMeta):
    def __init__(self, url):
        print("connect", url)
        self.url = url
print(DB("a") is DB("b"), DB("c").url, type(DB), OnceMeta.__mro__)
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes.append(name)
        return cls
    def __repr__(cls):
        return f"<registered {cls.__name__}>"
class Plugin(metaclass=Registry): pass
class A(Plugin): pass
class B(A): pass
print(Registry.classes, A, [B], type(B).__name__, isinstance(B, Registry), issubclass(Registry, type))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Sq(Half):
    def perimeter(self): return 4
print(Sq().describe(), isinstance(Sq(), Shape), Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), Sq.__abstractmethods__)
Dyn = type("Dyn", (Sq,), {"x": 1, "perimeter": lambda self: 8, "__repr__": lambda self: "Dyn()"})
print(Dyn, Dyn(), Dyn().perimeter(), Dyn.x, Dyn.__mro__[1:3], Dyn.__module__, Dyn.__qualname__)
for args in [("X",), ("X", ()), ("X", (), {}, 1), (1, (), {}), ("X", [], {}), ("X", (), []), ("X", (1,), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print("TypeError", e)
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
try:
    class C2(C1, metaclass=M2): pass
except TypeError as e:
    print("TypeError", e)
class M3(M1): pass
class C3(C1, metaclass=M3): pass
print(type(C3).__name__)
class C4(C3): pass
print(type(C4).__name__)
try:
    class Bad(metaclass=5): pass
except TypeError as e:
    print("TypeError", e)
def func_meta(name, bases, ns):
    print("func_meta", name, sorted(k for k in ns if not k.startswith("__")))
    return 42
class Weird(metaclass=func_meta):
    a = 1
print(Weird)
class Base:
    def __init_subclass__(cls, required, **kw):
        cls.required = required
        super().__init_subclass__(**kw)
try:
    class NoArg(Base): pass
except TypeError as e:
    print("TypeError", e)
class WithArg(Base, required="yes"): pass
print(WithArg.required)
