class E:
    def __eq__(self, o): return True
try:
    hash(E())
except TypeError as e:
    print(e)
print(E.__hash__)
class K:
    pass
print(K.__dict__["__module__"], K.__doc__, "__weakref__" in K.__dict__, sorted(k for k in K.__dict__))
print(repr(K.__dict__)[:20])
def f(): pass
print(f.__module__, f.__name__, f.__doc__, f.__defaults__)
print([].__class__, [].__class__.__name__, type([]).__mro__)
class A:
    x = 1
a = A()
a.x = 2
print(a.x, A.x, a.__dict__, vars(a))
del a.x
print(a.x)
print(object() == object(), object.__eq__(a, a), a.__eq__(1), a != a)
print(str.join, str.upper, "".join)
print(A.__init__, A().__init__)
print(type(A.__dict__), A.__dict__["x"])
class Q:
    def __repr__(self): return "Q!"
print([Q()], (Q(),), {Q(): 1} if False else "skip", str(Q()), f"{Q()}", f"{Q()!r}")
print(sorted({3: 'c', 1: 'a'}.items()), list({}.keys()), {}.get(1))
x = 10
def outer():
    x = 20
    def inner():
        return x
    x = 30
    return inner()
print(outer())
print(bool.__mro__, True.__class__, (True + 1).__class__)
print(sum(range(5)), list(range(-3)), list(range(1, 10, 4)))
i = iter([1, 2, 3])
print(next(i), list(i), list(i))
import sys
print(sys.version_info[:2], sys.version_info >= (3, 0))
print(getattr(A, "x"), setattr(A, "y", 5), A.y, delattr(A, "y"), hasattr(A, "y"))
print(isinstance(A, type), type(A) is type, A.__class__ is type)
print(max(range(10), key=lambda v: v % 4), min([3, 1, 2], key=lambda v: -v))
print("a b".split(" "), "a  b".split(" "), "".split(), " ".join([]))
print(repr(1e300 * 1e10), -float("inf"), float("nan") != float("nan"))
print(list(zip()), list(zip([1])), dict(a=1, **{"b": 2}))
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1], 2))
class WithCall:
    def __call__(self, *a, **k): return a, k
print(WithCall()(1, x=2))
print(type(print), print.__name__, repr(print))
