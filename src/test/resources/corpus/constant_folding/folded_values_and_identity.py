# Constant expressions fold at compile time: same values as at run time, and folded strings are
# interned like literal ones (CPython shares one constant for equal values in a code object).
print(-1, 2**40, (1, 2, 3), 'a' * 3, 2**200, -0.0, ~5, +3, not 1, not 0)
print('abc'[1], (1, 2, 3)[-1], len('x' * 5000), (1,) * 3, 10 << 100, 2 ** -1, 1.5 * 2, 3 - True)
print({1: 'a', 2: 'b'}, {-1: 2, 'k': 3}, {1: 'a', 1: 'b'}, __debug__)
x = 2
print(x in [1, 2, 3], x in {1, 2}, x not in [1, 3], not x in [2], not x is None, x in (), x in [])
a = 'ab'
b = 'a' + 'b'
c = 'a' * 2
d = 'aa'
print(a is b, c is d, (1, 2) == (1,) + (2,))
t1 = (1, 'two', (3.0, None))
t2 = (1, 'two', (3.0, None))
print(t1 is t2, t1)


class A:
    def method(self, *, __k=-5, j='x' * 2):
        return __k, j


def defaults(a=-1, b=(1, -2), c=2 ** 10):
    return a, b, c


print(A().method(), A.method.__kwdefaults__)
print(defaults(), defaults.__defaults__)
print([i * 2 for i in [1, 2] if i in {1, 2}], {k: v for k, v in [(1, 2), (3, 4)]})
for v in [x, x + 1]:
    print(v)
