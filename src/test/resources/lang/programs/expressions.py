x = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** -8 @ m
y = (a or b and not c) if d else e
z = a < b <= c == d != e > f >= g is h is not i in j not in k
w = ~a | b ^ c & d << 2 >> 3
v = -x ** 2, +y, not z
lam = lambda: 0
lam2 = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
lam3 = lambda a, /, b, *, c: a
lam4 = lambda *a, **k: None
t = 1,
t2 = ()
t3 = (1, 2, *rest)
lst = [1, 2, *more, ]
st = {1, 2, *others}
dct = {'a': 1, **extra, 'b': 2}
empty = {}
s = a[1:2], a[::2], a[:], a[1:2, 3], a[..., 1], a[:, None], a[i], a[1:2:3]
call = f(a, b, *c, d=1, **e)
call2 = f(x for x in y)
call3 = obj.method(1)(2)[3].attr
comp = [x * y for x in range(3) if x for y in range(x) if y if y > 1]
scomp = {x for x in y}
dcomp = {k: v for k, v in items.items()}
gen = (x async for x in aiter() if await x)
nested = [[y for y in x] for x in z]
walrus = [y := f(x), y ** 2]
if (n := len(a)) > 10:
    pass
ell = ...
cond = a if b else c if d else e
num = 0xFF + 0o17 + 0b1010 + 1_000_000 + 3.14 + 1e10 + 2.5e-3 + 1j + 3.5J + 0.5 + 5. + .5
big = 123456789012345678901234567890
chained = a == b == c
star_call = print(*args, sep='')
unpack_target, *rest_target = [1, 2, 3]
a.b.c = d[e][f] = g
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2; x @= m
x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
yield_expr = None
not_in = a not in b
is_not = a is not b
subscript_slice_tuple = a[1:2, ::3]
parenthesized = (yield_expr)
conditional_lambda = lambda x: x if x else -x
kw_only_call = f(*a, *b, c=1, **d, **e)
