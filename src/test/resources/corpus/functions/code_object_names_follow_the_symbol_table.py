# co_varnames / co_cellvars / co_freevars as CPython's symbol table and compiler lay them out:
# parameters first (posonly, args, kwonly, *args, **kwargs), other locals in order of first use,
# cells and free variables sorted, private names mangled, the implicit __class__ cell of a class.
def show(code):
    print(code.co_name, code.co_varnames, code.co_cellvars, code.co_freevars)


def outer(a, /, b, *rest, c, **kw):
    later = 1
    first = 2
    print(undefined_global) if False else None
    z = lambda: a + first
    def inner():
        nonlocal later
        later += b
        return c
    return inner, z


show(outer.__code__)
inner, z = outer(1, 2, c=3)
show(inner.__code__)
show(z.__code__)


def uses_then_binds():
    y = 0
    if y:
        print(x)
    x = 1
    return x, y


show(uses_then_binds.__code__)


class Base:
    def hello(self):
        return "Base"


class Private(Base):
    __secret = 42

    def method(self, __arg):
        __local = __arg + self.__secret
        return __local, super().hello(), __class__.__name__

    def plain(self):
        return [self.__secret for _ in range(2)]


show(Private.method.__code__)
show(Private.plain.__code__)
print(Private().method(1), Private().plain())


def make_class(v):
    shared = "shared"

    class Local:
        shared = "class attribute"
        seen = v

        def get(self):
            return shared, v

    return Local


L = make_class("v")
print(L.shared, L.seen, L().get())


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump


b = counter()
print(b(), b(), b.__code__.co_freevars, counter.__code__.co_cellvars)
g = 10


def reads_global():
    global g
    g += 1
    return [g + i for i in range(2)]


print(reads_global(), g)
print(eval("[x * k for x in range(3)]", {"k": 2}))
print(eval("(lambda q: q + k)(1)", {"k": 5}))
