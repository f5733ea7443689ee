import types

@types.coroutine
def sleep0():
    x = yield "tick"
    return x

async def main():
    r = await sleep0()
    print("got", r)
    return "done"

c = main()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print("stop", e.value)

def plain():
    yield 1
    yield 2

wrapped = types.coroutine(plain)
print(wrapped is plain, plain.__code__.co_flags & 0x100 != 0)

async def use():
    v = await wrapped()
    return v

u = use()
print(u.send(None), u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print("stop", e.value)

m0 = main(); print(type(m0).__name__); m0.close()
co = main(); co.close()
print(types.FunctionType, types.GeneratorType, types.CoroutineType)
print(isinstance(plain(), types.GeneratorType), isinstance(co, types.CoroutineType))
ns = types.SimpleNamespace(a=1, b=[2])
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b=[2]))
m = types.ModuleType("mymod", "doc here")
print(m, m.__name__, m.__doc__)
print(types.MappingProxyType({"a": 1}))
class K:
    def meth(self): pass
print(isinstance(K().meth, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(types.new_class("N", (K,), {}, lambda ns: ns.update(z=3)).z)
