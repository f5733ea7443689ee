import sys, functools, time, types, dis
print(sys.getrecursionlimit(), sys.maxsize, sys.byteorder, sys.platform, type(sys.argv))
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), sys.implementation.version == sys.version_info)
print(sys.getsizeof(0) > 0, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit)
print(sys.getswitchinterval()); sys.setswitchinterval(0.001); print(sys.getswitchinterval())
print(sys.stdout.write("direct\n"))
sys.stdout.write("no newline")
sys.stdout.write("\n")
print("to stderr", file=sys.stderr)
print(sys.modules["sys"] is sys, "functools" in sys.modules, sys.intern("ab" + "c"[:1]) is sys.intern("abc"))
print(sys.maxunicode, sys.hash_info.width, sys.getdefaultencoding())
def add(a, b, c=0):
    return a + b + c
p = functools.partial(add, 1, c=10)
print(p(2), p.func is add, p.args, p.keywords, repr(p).startswith("functools.partial(<function add"))
p2 = functools.partial(p, 5)
print(p2(), p2.args, p2.func is add)
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper
@deco
def hello(name):
    """Say hello."""
    return "hi " + name
print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@functools.cache
def sq(x): return x * x
print(sq(3), sq(3), sq.cache_info().hits)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
class Temp:
    def __init__(self): self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42
t = Temp(); print(t.value, t.value, t.calls)
t0 = time.time(); t1 = time.perf_counter(); time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - t1 >= 0.005, type(time.monotonic()).__name__)
print(time.strftime("%Y", time.gmtime(0)), time.gmtime(0).tm_year, time.gmtime(86400 * 365).tm_yday)
print(time.asctime(time.gmtime(0)), time.strftime("%H:%M:%S %d/%m/%y %A %B %j", time.gmtime(1000000000)))
print(time.mktime(time.localtime(100000)) == 100000.0, isinstance(time.time_ns(), int))
def coro_fn():
    yield 1
print(type(coro_fn), types.FunctionType is type(coro_fn), isinstance(coro_fn(), types.GeneratorType))
def small(a):
    return a + 1

print(small.__code__.co_argcount, small.__code__.co_name, small.__code__.co_varnames, small.__code__.co_consts)

