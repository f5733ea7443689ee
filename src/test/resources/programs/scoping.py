x = "global"
class K:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
    z = x
print(K().m(), K.y, K.z)
def f():
    x = "enclosing"
    class C:
        print(x)
        x = "class-local"
        print(x)
    return C
f()
def gen_scope():
    vals = [lambda: i for i in range(3)]
    return [v() for v in vals]
print(gen_scope())
def shadow():
    len = lambda s: 42
    return len("abc")
print(shadow(), len("abc"))
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def fact():
    cache = {}
    def inner(n):
        if n in cache:
            return cache[n]
        r = 1 if n < 2 else n * inner(n - 1)
        cache[n] = r
        return r
    return inner
print(fact()(10))
print([(a, b) for a in range(3) for b in range(a)])
print({k: [v for v in range(k)] for k in range(3)})
nested = [[1, 2], [3], []]
print([y for x in nested for y in x if y != 2])
