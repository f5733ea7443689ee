def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class P:
    @property
    def ro(self): return 1
    def m(self): pass
p = P()
def s1(): p.ro = 2
def s2(): del p.ro
def s3(): (1).real = 2
def s4(): object().x = 1
def s5(): int.x = 1
def s6(): del int.real
def s7(): P.m.__name__ = 5
def s8(): p.__class__ = int
def s9(): p.__dict__ = 5
def s10(): len.x = 1
def s11(): "abc".upper = None
def s12(): setattr(p, 5, 1)
def s13(): getattr(p, 5)
def s14(): delattr(p, "nope")
def s15(): P.__name__ = 5
def s16(): P.__bases__ = (int,)
def s17(): p.__class__ = type("Q", (), {})
def s18(): type.__dict__["x"] = 1
def s19(): P.__dict__["x"] = 1
def s20(): None.x = 1
for f in [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20]:
    t(f)
print(type(p).__name__)
import math
t(lambda: math.foo)
t(lambda: math.sqroot(4))
t(lambda: p.mm)
t(lambda: P.rro)
t(lambda: [].apend)
t(lambda: {}.iteritems())
t(lambda: "x".startwith("y"))
class Point:
    __slots__ = ("x", "y")
pt = Point()
t(lambda: pt.x)
def s21(): pt.z = 1
t(s21)
def s22(): del pt.x
t(s22)
def f(): pass
f.custom = 1
print(f.custom, f.__dict__, f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__kwdefaults__, f.__annotations__)
f.__name__ = "renamed"
print(f, f.__name__)
def g(a: int, b: "str" = "x", *args, c: float = 1.0, **kw) -> bool:
    """Doc."""
print(g.__annotations__, g.__defaults__, g.__kwdefaults__, g.__doc__, g.__code__.co_argcount, g.__code__.co_kwonlyargcount)
for b in [int, float, str, tuple, list, dict, set, bytes, complex, bool, frozenset, object, Exception, type]:
    class P: pass
    try:
        P.__bases__=(b,); print(b.__name__, 'ok')
    except TypeError as e: print(b.__name__, e)
