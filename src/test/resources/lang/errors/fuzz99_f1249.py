lam = lambda: 0
lam2 = lambda a, b=2 ,*args, c, d=4, **kw: (a, b, args, c, d, kw)
lam3 = lambda a, /, b, *, c: a
lam4 = lambda *a, **k: None
t = 1,
t2 = ()
 (1, 2, *rest)
lst = [1, 2, *more, ]
st = {1, 2, *others}
dct = {'a': 1, **extra, 'b': 2}
empty = {}
s = a[1:2], a[::2], a[:], a[1:2, 3]..., 1], a[:, None], a[i], a[1:2:3]
