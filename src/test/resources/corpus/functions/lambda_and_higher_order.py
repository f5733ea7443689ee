square = lambda x: x * x
print(square(7), square.__name__)
add = lambda a, b=10, *rest, **kw: (a + b, rest, kw)
print(add(1), add(1, 2, 3, k=4))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + n for n in range(3)]
print([a(10) for a in late])
print((lambda: "immediately called")())
