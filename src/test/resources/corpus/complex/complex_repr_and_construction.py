# complex's repr/str as CPython prints them, and every way to build one: literals,
# complex(real, imag), complex(str), __complex__, and the constructor's errors.
print(1j, 2j, 1+2j, -1j, (-0.0-1j), complex(-0.0, -1), 1.5+0j, complex(1.5, 0), 0j, -0j)
print(complex(0.0, -0.0), complex(-0.0, 0.0), complex(1e16, 1e-5), complex(1e22, 2.5e-300), 12345678901234567890j)
inf = float('inf')
nan = float('nan')
print(complex(inf, nan), complex(nan, inf), complex(-inf, -inf), complex(0, nan), complex(nan, -0.0))
print(repr(3+4j), str(3+4j), [3+4j, -2j], (3+4j).real, (3+4j).imag, type(1j), type((1j).real))
print(complex(), complex(1), complex(1, 2), complex(1+2j, 3+4j), complex(1j), complex(True, False))
print(complex(2.5), complex(imag=3), complex(real=2), complex(1.5, 2j))
print(complex('1+2j'), complex(' (1-2j) '), complex('j'), complex('-j'), complex('+1.5e3J'), complex('1e5'))
print(complex('inf+nanj'), complex('-Infinity-1j'), complex('1_0+2_0j'), complex('1+j'), complex('.5-.25j'))
for bad in ['1 + 2j', '', 'abc', '1+2', '(1+2j', 'jj', '1__0j', '_1j', '1j)', '1e']:
    try:
        complex(bad)
    except ValueError as e:
        print('ValueError:', e)
for args in [('1', 2), (1, '2'), ([],), (1, []), (None,)]:
    try:
        complex(*args)
    except TypeError as e:
        print('TypeError:', e)


class Pole:
    def __complex__(self):
        return 5j


class Liar:
    def __complex__(self):
        return 5


class Angle(float):
    pass


class Z(complex):
    pass


print(complex(Pole()), complex(Angle(1.5)), complex(1, Angle(2.0)))
try:
    complex(Liar())
except TypeError as e:
    print('TypeError:', e)
z = Z(1, 2)
print(z, type(z).__name__, type(z + 1).__name__, isinstance(z, complex), complex(z) == z)
print((1+2j).__complex__(), complex(1, 2).__getnewargs__(), isinstance(1j, complex), complex.__name__)
