print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3, 2 / 3, 10 / 2, 1e16, 1e15, 123456789012345678.0)
print(1e-5, 0.0001, 1e-4, 1.5e300 * 1e10, -1e400, 1e22, 1e21, 12345.678e3)
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf - inf, inf * 0, inf > 1e308, nan == nan, nan != nan)
print(0.0, -0.0, 0.0 == -0.0, 3.0, 100.0, 2.5e-10, 1.0 / 7)
print(float(2**53), float(2**53 + 1), 2**0.5, 10 ** -2, 7 // 2.0, 7 % 2.5, -7 % 2.5)
print((0.1).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), float.fromhex("0x1p-2"), (0.5).hex().replace("0x", "0x_"))
print(round(2.5), round(3.5), round(0.125, 2), round(0.375, 2), 1.1 * 3)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(max(1, 2.0), min(1.0, 1), sum([1, 2.0]), 3 * 1.0, True + 0.5)
