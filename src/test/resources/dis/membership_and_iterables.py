# fold_iter: list and set displays after `in` and in for loops and comprehensions;
# `not` folded into a single is/in test; constant dict keys.
x = y = 0
r = x in [1, 2, 3], x in {1, 2}, x not in [x, y], x in [y], 1 < x in [2]
s = not x in y, not x is None, not x == y, not (x in y in y)
for z in [x, y]:
    print(z)
for z in [1, 2]:
    print(z)
t = [q for q in [x, 1] if q in {x, 2}]
u = {1: x, 2: y}, {-1: x, 'k': y}, {'x': 1, **t}, {x: 1, 2: y}


def defaults(p=-1, q=(1, -2), *, k='a' * 2, m=x):
    print(p, q, k, m)
