# An int compares with a float exactly (CPython never rounds the int to a float first), so big
# ints beyond float range compare, and 2**53 + 1 is not equal to float(2**53 + 1).
pairs = [(10**400, 1e308), (2**53 + 1, float(2**53)), (2**53, float(2**53)), (-10**400, float("-inf")),
         (10**400, float("inf")), (3, float("nan")), (0, -0.0), (2**63, 9.223372036854775807e18),
         (2**63 - 1, 9.223372036854775807e18), (-5, -5.0), (10**20, 1e20), (10**23, 1e23)]
for a, b in pairs:
    print(f"{a if abs(a) < 10**30 else 'big'!s:>22} vs {b!r:>24}:", a < b, a <= b, a == b, a != b, a > b, a >= b,
          b < a, b == a)
print(2**53 + 1 in {float(2**53)}, 10**400 > float("inf"), max(10**400, 1e308) == 10**400)
