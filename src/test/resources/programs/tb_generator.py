def gen():
    yield 1
    raise ValueError("inside generator")
g = gen()
print(next(g))
for x in g:
    print(x)
