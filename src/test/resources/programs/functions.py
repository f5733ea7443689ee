def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 9, "z": 0}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, y=2, z=3))
lam = lambda x, y=10: x * y
print(lam(3), lam(3, 4), (lambda: "no args")())
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
print(c(), c.__name__, c.__qualname__)
total = 0
def add(n):
    global total
    total += n
add(5); add(7)
print(total)
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"))
def param_deco(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@param_deco(3)
def one():
    return 1
print(one())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([fn(10) for fn in make_adders()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
print(rec(500))
def defaults(a, L=[]):
    L.append(a)
    return L
defaults(1)
print(defaults(2))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_varnames)
def doc():
    "The docstring."
print(doc.__doc__, doc())
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]))
print(max([1, 5, 3]), min(4, 2, 8), max("abc", key=ord), sum([1, 2, 3], 10), any([0, 1]), all([]))
print(list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2])), list(zip("ab", [1, 2, 3])))
print(list(enumerate("xy", 1)), list(reversed([1, 2, 3])), abs(-3), divmod(17, 5), pow(2, 10), round(3.14159, 2))
