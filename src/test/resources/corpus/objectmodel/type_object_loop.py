print(type(type) is type, type(object) is type)
print(type.__bases__, object.__bases__)
print(isinstance(type, object), isinstance(object, type), isinstance(type, type))
print(issubclass(type, object), issubclass(object, type))
print(type.__mro__, object.__mro__)
print(type(int), int.__bases__, bool.__mro__)
print(type(1).__class__, (1).__class__.__class__)
print(object.__class__, type.__class__)
class A:
    pass
print(A.__class__, A.__bases__, A.__mro__, A.mro())
print(type(A()) is A, A().__class__.__name__, A.__name__, A.__qualname__, A.__module__)
print(type(None), type(...), type(NotImplemented))
print(type(len), type(print).__name__, type([].append).__name__)
