# Equality with int/float/complex, hashes (equal numbers hash alike), truth, formatting,
# and the real/imag/conjugate that int and float share with complex.
a = 1 + 2j
print(a == 1 + 2j, a != 3 - 4j, 1j * 1j == -1, (1+0j) == 1, (1+0j) == 1.0, 1 == (1+0j), a == 'a', a != None)
print(2**53 + 1 == complex(2**53 + 1), complex(2**53 + 1) == 2**53, 2**1000 == complex(1, 0))
print(hash(1+0j) == hash(1), hash(1.5+0j) == hash(1.5), hash(0j) == hash(0), hash(-1+0j))
print(hash(1+2j), hash(-1j), hash(3.5-2.25j), hash(complex(-1, 0)), hash(1e300j))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(-0.0, 0)))
print({1j: 'a', 1j: 'b', 0j: 'zero', 0: 'int zero', 1: 'one', 1+0j: 'complex one'})
print({1j, 2j, 1j, 1+0j, 1}, 1j in [2j, 1j], [1j, 2j].index(2j))
print(f'{1+2j}', f'{1+2j:.2f}', f'{1j:10}|', f'{-1.5-2j:<20}|', f'{3+4j:+.1e}', f'{1+2j:^16g}|')
print(format(2j, ''), format(1.25+3j, 'g'), format(1.5+2j, '*>12'), format(-0.0+1j, '.3'), '%s %r' % (1j, 2+1j))
for spec in ['010', '=10', '%', 'd']:
    try:
        format(1+1j, spec)
    except ValueError as e:
        print('ValueError:', e)
print((5).real, (5).imag, (5).conjugate(), (2.5).real, (2.5).imag, (2.5).conjugate(), True.real, True.imag)
print(type((5).imag).__name__, type((2.5).imag).__name__, type(True.real).__name__)
