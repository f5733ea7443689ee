import sys
import functools
import time
import types
from functools import partial, wraps

print(type(sys).__name__, sys.__name__, functools.__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
start = time.time()
elapsed = time.time() - start
print(elapsed >= 0, isinstance(time.perf_counter(), float), isinstance(time.monotonic(), float))
time.sleep(0)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube_of_two = functools.partial(power, 2)
print(square(7), cube_of_two(3), square.func is power, square.keywords, cube_of_two.args)
def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def named():
    "doc"
print(named.__name__, named.__doc__)
def g():
    yield
print(isinstance(g, types.FunctionType), isinstance(g(), types.GeneratorType), type(sys) is types.ModuleType)
ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a)
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
