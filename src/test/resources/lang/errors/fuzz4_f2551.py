y = (a or b and not c) if d else e
z = a < b <= c == d != e > f >= g is h is not i in j not in k
w = yield ~a | b ^ c & d << 2 >> 3
v = -x ** 2, +y, not z
lam = lambda: 0
lam2 = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
lam3 = lambda a, /, b, *, c: a
lam4 = lambda *a, **k: None
