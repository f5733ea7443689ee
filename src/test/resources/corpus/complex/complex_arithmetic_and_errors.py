# Arithmetic with int, float and complex on either side, powers, and the errors CPython 3.11
# gives (no ordering, no floor division or modulo, division by zero).
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, 2 ** a, a + 1, 1 + a)
print(a * 2.5, 2.5 * a, 1 / a, a / 2, -a, +a, abs(3+4j), abs(-2j), (3+4j).conjugate())
print((-8) ** (1/3), (-8.0) ** 0.5, 0j ** 0, 1j ** 2, (1+1j) ** 100, (2+3j) ** -2, 1j ** 1j)
print(sum([1j, 2, 3.5]), sum([1+1j] * 10))
x = 3
x += 2j
x *= 1j
x -= 1
x /= 2j
print(x)
tests = ['a < b', 'a <= 1', '1 > a', 'a >= 2.0', 'a // 2', 'a % 2', 'divmod(a, 2)', 'int(a)', 'float(a)',
         'a / 0', '1 / 0j', 'a / 0.0', '0j ** -1', '0j ** 1j', 'pow(a, 2, 3)', 'round(a)', 'a & 1', '~a',
         'complex(10 ** 400)', '(1e300 + 1e300j) ** 5', 'abs(complex(1e308, 1e308))', "a + 'x'", 'sorted([1j, 2j])']
for expr in tests:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
print(1j * 1j)
