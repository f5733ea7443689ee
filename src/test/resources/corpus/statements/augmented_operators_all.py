n = 7
n += 3; print(n)
n -= 1; print(n)
n *= 2; print(n)
n //= 4; print(n)
n %= 3; print(n)
n **= 5; print(n)
n <<= 3; print(n)
n >>= 1; print(n)
n |= 5; print(n)
n &= 12; print(n)
n ^= 255; print(n)
f = 1.5
f /= 2; print(f)
s = "ab"
s *= 3; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
tup = (1,)
other = tup
tup += (2,)
print(tup, other, tup is other)
m = [[1, 2]]
m[0][1] += 40
print(m)
