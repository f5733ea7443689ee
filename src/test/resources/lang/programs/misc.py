# Tricky positions and rarely used forms.
from __future__ import annotations
import a.b.c
import x as y, z

x = (1)
y = ((a, b))
z = (a) + (b) * (-(c))
w = (a)(b)[c].d
v = [
    1,  # one
    2,
]
u = {
    'k': (v
          for v in range(3)),
}
t = f(
    a,
    *b,
    c=(d),
    **e,
)
s = 'a' \
    'b'
r = (
    'multi'
    'line'
    f'{x!r:>{width}}'
)
q = lambda: (yield)
p = lambda *args, **kwargs: (args, kwargs)
o = lambda a, /, b=1, *c, d, e=2, **f: None
n = not not x
m = - - x
l = x if y else (z if w else v)
k = [i for i in range(10) if i % 2 if i > 3]
j = {i: j for i, j in zip(a, b)}
i = {*a, *b}
h = (*a, *b)
g = a[1:2:3, ::, :, 4]
ff = a[...]
ee = a.b.c.d(e)(f)[g]
dd = 1 < 2 > 3 == 4 != 5 <= 6 >= 7
cc = x @ y
bb = -1 ** 2
aa = await_ if 0 else 1
x, *y = z
[x, *y] = z
(x, y), z = a
x = y = z = w
x[0], y.z = 1, 2
del x[0], y.z, (a, b), [c]
x: 'annotation' = 1
y.attr: int
z[0]: int = 2
(w): int = 3


@a.b.c
@d(e, f=g)
@(lambda f: f)
@h[0]
def decorated(a: int = 1, *args: str, b: 'x' = 2, **kwargs: dict) -> 'ret':
    """doc"""
    global g1, g2
    return (a,
            b)


@deco
class Klass(Base1, Base2, metaclass=Meta, **kw):
    """Doc."""

    x: int

    def __init__(self, *, key=None):
        self.__private = key
        super().__init__()

    @property
    def prop(self):
        return self.__private

    async def method(self):
        async with a as b, c:
            pass
        async for i in aiter():
            await i
        return [j async for j in gen() if await j]


def outer():
    value = 0

    def inner():
        nonlocal value
        value += 1
        return value

    return inner


def generator_forms():
    x = yield
    y = yield x
    z = yield from y
    yield x, y
    return (yield)


try:
    pass
except (A, B) as e:
    raise C() from None
except D:
    pass
finally:
    pass

while x:
    if y:
        break
    elif z:
        continue
    else:
        x -= 1
else:
    pass

for i, (j, k) in enumerate(pairs):
    print(i, j, k, sep='', end='\n')

with a, b as c, d as (e, f):
    pass

with (
    open('a') as fa,
    open('b') as fb,
):
    pass

assert isinstance(x, int), f'{x} is not int'
if (n := 10) > 5: print(n)
print(*[1, 2], **{'sep': '-'})
print(f"{'nested'!r}", f'{x:{"<"}10}', f"{x:>{w}.{p}f}", f'{{}}{x}')
print(b'\x00\x7f\xff', rb'\d+', Rb'\\')
print(1_000.000_1, 0xdead_beef, 0o777, 0b1010_1010, 1e-10j, 10., .001, 0e0)
print('\u4e2d\u6587', '\N{GREEK SMALL LETTER ALPHA}', '\x41\101\0')
中文变量 = 'ok'
print(中文变量)
