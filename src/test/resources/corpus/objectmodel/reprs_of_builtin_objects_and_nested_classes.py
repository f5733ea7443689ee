import sys, functools, types
class Outer:
    class Inner:
        def meth(self): pass
        @staticmethod
        def st(): pass
        @classmethod
        def cm(cls): pass
    def m(self): pass
def f(): pass
def gen(): yield
async def co(): pass
o = Outer(); i = Outer.Inner()
objs = [Outer, Outer.Inner, o.m, Outer.m, i.meth, Outer.Inner.st, Outer.Inner.cm, f, lambda: 0, gen(), len, [].append,
        list.append, str.join, "".join, object.__init__, int.__add__, (1).__add__, sys, range(3),
        range(1, 10, 2), slice(1, None), slice(None), ..., NotImplemented, None, property(), type, object,
        iter([]), iter(()), iter(""), iter({}), iter(set()), iter(range(2)), reversed([]), zip(), map(f, []),
        filter(None, []), enumerate([]), {}.keys(), {}.values(), {}.items(), {1: 2}.items(),
        functools.partial(f), Exception, ValueError("x"), int, bool, type(None), type(...),
        Outer.__dict__["m"], Outer.Inner.__dict__["st"], Outer.Inner.__dict__["cm"], super(Outer, o), frozenset(),
        bytearray(b"x"), memoryview if False else 0, complex(0, -0.0), 1j, -0j, (1,), ((),), [[]], {1: {2: ()}}]
for x in objs:
    print(repr(x))
c = co(); print(repr(c)); c.close()
print(str(Outer), str(f), str(sys), type(o), type(Outer), type(gen()), type(c), type(len), type(o.m), type(Outer.m))
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, f.__qualname__, (lambda: 0).__qualname__)
def outer_fn():
    def inner_fn(): pass
    class Local: pass
    return inner_fn, Local
fn, L = outer_fn()
print(fn, L, L(), fn.__qualname__, L.__qualname__)
