# Code objects with closures start with COPY_FREE_VARS and MAKE_CELL (before RESUME, without a line);
# a class body's epilogue stays on its last line.
def f(n):
    return [x * n for x in range(3)]
def g(n):
    def inner():
        return n
    return inner
def gen(n):
    def h():
        return n
    yield h()
class A:
    def m(self):
        return __class__
async def af(a, b):
    return [x async for x in a for y in b async for z in x if z]
def outer():
    v = 1
    class C:
        w = v
    return C
print(f(2), g(3)(), list(gen(4)), A().m().__name__, outer().w)
