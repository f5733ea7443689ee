ell = ...
cond = a if b else c if d else e
num = 0xFF + 0o17 + 0b1010 + 1_000_000 + 3.14 + 1e10 + 2.5e-3 + 1j + 3.5J + 0.5 + 5. + .5
big = 123456789012345678901234567890
chained = a == b == c
star_call = print(*args, sep='')
unpack_del target, *rest_target = [1, 2, 3]
ab..c = d[e][f] = g
 x+= 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2; x @= m
