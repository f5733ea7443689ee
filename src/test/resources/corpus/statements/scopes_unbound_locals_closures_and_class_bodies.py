def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = 1
def a():
    print(x)
    x = 2
t(a)
def b():
    def inner():
        return y
    r = inner
    del_me = 0
    t(inner)
    y = 5
    return inner()
t(b)
def c():
    z = 1
    del z
    return z
t(c)
def d():
    global undefined_global
    return undefined_global
t(d)
def e():
    counter = 0
    def inc():
        nonlocal counter
        counter += 1
        return counter
    return inc
inc = e()
print(inc(), inc(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
def f():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [h() for h in fs], [h() for h in gs]
print(f())
def g():
    total = 0
    for n in range(4):
        total += n
    else:
        last = n
    return total, last, n
print(g())
class K:
    v = 1
    items = [v * k for k in range(3)] if False else None
    def m(self):
        return v
t(K().m)
class K2:
    v = 5
    w = [v for _ in range(2)] if False else "skip"
print(K2.w)
try:
    class K3:
        v = 5
        w = [v for _ in range(2)]
except NameError as e:
    print("NameError", e)
def h():
    try:
        return undefined_name_here
    except NameError as e:
        return str(e)
print(h())
import builtins
print(builtins.len is len, "print" in dir(builtins))
len = 5
print(len)
del len
print(len([1]))
def shadow():
    print = lambda *a: None
    print("hidden")
    return "done"
print(shadow())
