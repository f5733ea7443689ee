def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

print([sign(n) for n in (-2, 0, 3)])
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
one, nothing, false = 1, None, False
print(1 == 1.0 == True, one is not nothing is not false)

def noisy(v):
    print("eval", v)
    return v

print(noisy(1) < noisy(2) < noisy(0) < noisy(3))
print(noisy(3) < noisy(2) < noisy(5))
print(2 in [1, 2] in [[1, 2]])
print("a" < "b" <= "b" != "c")
print(not 1 == 2, not (1 and 0))
print(0 or "" or None, 1 and "x" and [0])
