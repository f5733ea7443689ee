def documented(a, b=1, *c, d, **e):
    "A docstring."
    local = a
    return local

print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount)
print(documented.__code__.co_varnames)
print(documented.__module__)

class Holder:
    def method(self):
        def inner():
            pass
        return inner

print(Holder.method.__qualname__, Holder().method().__qualname__)
documented.custom = 42
print(documented.custom, documented.__dict__)
print(type(documented).__name__, callable(documented))
bound = Holder().method
print(type(bound).__name__, bound.__func__ is Holder.method, type(bound.__self__).__name__)
print(repr(len), type(len).__name__)
