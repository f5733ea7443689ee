import inspect
def gg():
    x = yield 1
    yield x
g = gg()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
def watcher():
    print("inside:", inspect.getgeneratorstate(w))
    yield
w = watcher(); next(w)
g.close()
print(inspect.getgeneratorstate(g))
async def co():
    return 1
c = co()
print(inspect.getcoroutinestate(c), inspect.iscoroutine(c), inspect.isawaitable(c), inspect.iscoroutinefunction(co))
c.close()
print(inspect.getcoroutinestate(c))
class A:
    """Doc of A.

    More lines here.
    """
    def m(self): pass
print(inspect.isclass(A), inspect.isfunction(A.m), inspect.ismethod(A().m), inspect.isbuiltin(len), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(gg), inspect.isgenerator(g), inspect.getmro(bool), inspect.isroutine(len), inspect.isroutine([].append))
print(repr(inspect.getdoc(A)), inspect.isawaitable(g), inspect.isabstract(A))
print([n for n, v in inspect.getmembers(A) if not n.startswith("__")], [n for n, _ in inspect.getmembers(A(), inspect.ismethod)])
