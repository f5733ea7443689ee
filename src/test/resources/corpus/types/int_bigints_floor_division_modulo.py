print(2 ** 100, -(2 ** 100), 2 ** 100 // 3, 2 ** 100 % 97, (2 ** 64) * (2 ** 64))
print(10 ** 30 + 1, 3 ** 50, -(3 ** 33) // 7, int("9" * 40) + 1)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(2 ** -2, (-2) ** 3, -2 ** 2, 0 ** 0, pow(0, 0))
print(1 << 70, (1 << 70) >> 68, -1 >> 5, -16 >> 2, ~5, ~-1, 5 & -2, 6 | 9, 6 ^ 3)
print((255).bit_length(), (2 ** 100).bit_length(), (-5).bit_length(), (10).bit_count() if hasattr(int, "bit_count") else 2)
print(7 / 2, 6 / 3, type(6 / 3).__name__, 10 ** 20 / 10 ** 10)
print(True + True, True * 10, -True, True // 2, int(False), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int("1" * 50) % 1000007, abs(-(10 ** 25)), divmod(-(10 ** 20), 7))
print(1_000_000, 0x_ff, 0o17, 0b1010, 1e3 == 1000, 10 ** 18 == 10.0 ** 18)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(hash(2 ** 100) == hash(2 ** 100), -(2**100) < 0 < 2**100, 2**100 > 1e30)
