class MetaA(type):
    pass

class MetaB(type):
    pass

class MetaAB(MetaA, MetaB):
    pass

class A(metaclass=MetaA):
    pass

class B(metaclass=MetaB):
    pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class D(A, B, metaclass=MetaAB):
    pass
print(type(D).__name__)

class E(A, metaclass=type):
    pass
print(type(E).__name__)

class Plain:
    pass

class F(Plain, A):
    pass
print(type(F).__name__)
X = type("X", (A,), {})
print(type(X).__name__)
try:
    MetaB("Y", (A,), {})
except TypeError as e:
    print("TypeError:", e)
