def countdown(n):
    print("start")
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1
    return "liftoff"

g = countdown(3)
print(g, type(g).__name__, g.__name__, g.__qualname__)
print(next(g), g.send(None), g.send(10), next(g))
try:
    g.send(1)
    while True:
        next(g)
except StopIteration as e:
    print("StopIteration", e.value, repr(e))
try:
    countdown(2).send(5)
except TypeError as e:
    print("TypeError", e)
def echo():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "after-throw"
    finally:
        print("closing echo")
e = echo(); next(e)
e.send(1)
print(e.throw(ValueError("oops")))
print(e.send("more"))
e.close()
print(e.gi_frame, e.gi_running)
try:
    e.send(2)
except StopIteration:
    print("closed gen raises StopIteration")
def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    return x, y
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    return "outer done"
o = outer()
print(next(o), o.send("A"), o.send("B"), next(o))
try:
    next(o)
except StopIteration as s:
    print("stop", s.value)
gexp = (x * x for x in range(4))
print(gexp.__name__, list(gexp), list(gexp))
def bad():
    yield 1
    raise StopIteration("inner")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
def running():
    yield g_self.gi_running
g_self = running()
print(next(g_self))
def selfsend():
    yield next(me)
me = selfsend()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
c = closer(); next(c)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)
import itertools
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in "a bb ccc".split()))
gen = iter([1, 2, 3])
print(next(gen), list(gen), next(gen, "empty"))
print(list(zip(*[iter(range(6))] * 2)))
it = iter(lambda: 5, 5)
print(list(it))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(Countdown(3)), [*Countdown(2)])
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq())
async def co():
    return 7
c = co()
print(type(c).__name__, c.cr_running, c.__name__)
try:
    c.send(None)
except StopIteration as s:
    print("coroutine result", s.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
async def waiter():
    v = await co()
    return v + 1
w = waiter()
try:
    w.send(None)
except StopIteration as s:
    print(s.value)
class Awaitable:
    def __await__(self):
        x = yield "suspend"
        return x * 2
async def use_aw():
    return await Awaitable()
u = use_aw()
print(u.send(None))
try:
    u.send(21)
except StopIteration as s:
    print("awaited", s.value)
async def agen():
    for i in range(3):
        yield i
async def collect():
    return [x async for x in agen()]
cl = collect()
try:
    cl.send(None)
except StopIteration as s:
    print("async comp", s.value)
