class C:
    def method(self):
        return "method of " + type(self).__name__

c = C()
f = C.__dict__["method"]
print(type(f).__name__)
bound = f.__get__(c, C)
print(type(bound).__name__, bound())
print(f.__get__(None, C) is f)
print(C.method is f)
c.method = lambda: "instance attribute shadows"
print(c.method())
del c.method
print(c.method())
print(c.method == c.method, c.method is c.method)
print(hasattr(f, "__get__"), hasattr(f, "__set__"))
sm = staticmethod(len)
print(sm.__get__(None, C)("abc"))
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, C)())
