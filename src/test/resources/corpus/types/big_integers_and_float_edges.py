import sys
x = 2 ** 1000
print(x % 1000007, len(str(x)), x.bit_length(), -x // 7 % 13)
f = 1
for i in range(1, 200):
    f *= i
print(str(f)[:20], len(str(f)), f % (10**9 + 7))
print(10**50 // 3, -(10**50) // 3, (10**50) % -7, divmod(-(10**30), 7))
print(2**64 - 1 == 0xFFFFFFFFFFFFFFFF, (2**64) >> 3, 1 << 100, -1 >> 100, ~(2**70))
print(int("9" * 50) + 1, hex(2**100), float(2**100), int(1e20), int(-1.5e19))
print(pow(3, 200, 10**9), pow(2, -1, 7), abs(-(2**80)), round(2**70, -20))
print((2**100).to_bytes(13, "big"), int.from_bytes(b"\xff" * 10, "big", signed=True))
try:
    float(2**2000)
except OverflowError as e:
    print("OverflowError", e)
try:
    2.0 ** 5000
except OverflowError as e:
    print("OverflowError", e)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
print(10**20 / 10**10, 2**1000 / 2**999, (10**400) // (10**399), 7 / 2, -7 // 2)
try:
    (10**400) / 3
except OverflowError as e:
    print("OverflowError", e)
print(1e308 + 1e308, -1e308 * 10, 1e-320, 5e-324 / 2)
print(hash(2**61 - 1), hash(2**61), hash(-1), hash(-2), hash(10**20), hash(1.5), hash(-0.5))
print(sum(range(10**6)), sum(i * i for i in range(1000)))
print(int.__new__(int, 5), isinstance(2**100, int), type(2**100))
print(f"{2**100:,}", f"{-2**70:_x}", format(2**100, "e"), "%d" % 2**80, "%x" % 2**70)
print(round(123.456, -1), round(-0.5), round(1.5), round(2.675, 2), round(1e20, -25))
print(0.1 * 3, 1 / 3 * 3, 100 * 1.1, 1.1 + 2.2, 3 * 0.1 == 0.3, 2 ** 0.5, 10 ** -2, (-8) ** 2)
print(max(2**100, 2.0**100), 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53))
