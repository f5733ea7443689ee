# types.ModuleType makes an empty module; SimpleNamespace is an attribute bag; the types
# module names the builtin types.
import types
import sys

m = types.ModuleType("plugins", "Plugins live here.")
m.greeting = "hi"
print(m, m.__name__, m.__doc__, m.greeting, sorted(vars(m)))
print(types.ModuleType("bare").__doc__, isinstance(m, types.ModuleType), type(sys) is types.ModuleType)
try:
    types.ModuleType(5)
except TypeError as e:
    print("TypeError:", e)
ns = types.SimpleNamespace(a=1, b=2)
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b=2, c=3), vars(ns))


def f():
    yield


print(type(f) is types.FunctionType, type(f()) is types.GeneratorType, type(len) is types.BuiltinFunctionType,
      type(ns.__init__) is types.MethodType, types.MethodType(lambda self: self.a, ns)())
