class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(X, X): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class E(object, X): pass
except TypeError as e:
    print("TypeError:", e)
class F(X, object): pass
print([k.__name__ for k in F.__mro__])
try:
    type("G", (A, B), {})
except TypeError as e:
    print("TypeError:", e)
try:
    class H(int, str): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class I(bool): pass
except TypeError as e:
    print("TypeError:", e)
