# ast_opt's constant folding: unary and binary operators on constants, constant tuples and subscripts.
a = -1
b = 2**40
c = (1, 2, 3)
d = 'a' * 3
e = (-1, (2, -3.5), 'ab' + 'cd', b'x' * 4, ~5, +3, not 1, 2 ** -1, 1.5 * 2, 3 - True, __debug__)
f = 'abc'[1], (1, 2, 3)[-1], (1, [a])
g = -a, a - -1, (a, -1)


def negate(x):
    return -x, -1, (1, -2) * 2
