# type.__new__ keeps the namespace order, then adds slot descriptors, __dict__, __weakref__, __doc__
# and __hash__ = None (for __eq__ without __hash__), in that order
class A:
    x = 1
print(list(A.__dict__))
class B:
    "doc"
    x = 1
print(list(B.__dict__))
class C(A):
    y = 2
print(list(C.__dict__))
class D:
    __slots__ = ("a",)
print(list(D.__dict__))
class E:
    __slots__ = ("a", "__dict__")
print(list(E.__dict__))
class F:
    def __init_subclass__(cls): pass
    def __class_getitem__(cls, i): pass
print(list(F.__dict__))
class G(int): pass
print(list(G.__dict__))
class H:
    def __eq__(self, o): return True
print(list(H.__dict__))
M = type("M", (), {"z": 1})
print(list(M.__dict__))
M2 = type("M2", (), {"z": 1, "__doc__": "d"})
print(list(M2.__dict__))
class Meta(type): pass
print(list(Meta.__dict__))
class Ex(Exception): pass
print(list(Ex.__dict__))
