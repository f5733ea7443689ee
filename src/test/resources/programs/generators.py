def countdown(n):
    while n > 0:
        got = yield n
        if got:
            print("got", got)
        n -= 1
    return "done"
g = countdown(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def inner():
    x = yield 1
    print("inner received", x)
    y = yield 2
    print("inner received", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
o = outer()
print(next(o), o.send("a"), o.send("b"))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught inside:", e)
c = catcher()
next(c)
c.throw(ValueError("boom"))
c.close()
print("closed")
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
f = fin()
print(next(f))
f.close()
try:
    countdown(2).send(5)
except TypeError as e:
    print(e)
gen = (i * i for i in range(4))
print(list(gen), list(gen))
print(sum(x for x in range(101)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)
def delegating_throw():
    try:
        yield from catcher()
    finally:
        print("delegator finally")
d = delegating_throw()
next(d)
d.throw(ValueError("via delegate"))
d.close()
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
co = main()
print(type(co).__name__)
try:
    co.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
class Awaitable:
    def __await__(self):
        v = yield "suspended"
        return v * 2
async def use():
    r = await Awaitable()
    return r
u = use()
print(u.send(None))
try:
    u.send(21)
except StopIteration as e:
    print(e.value)
def g2():
    yield 1
    return "ok"
it = g2()
next(it)
next(it)
