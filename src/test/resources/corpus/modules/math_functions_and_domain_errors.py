# math: constants, int-returning floor/ceil/trunc/factorial/gcd/isqrt/comb/perm, float functions,
# isclose, and CPython's error texts (domain, range, negative factorial).
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), type(math.floor(2.0)))
print(math.factorial(20), math.factorial(0), math.gcd(12, 18), math.gcd(0, 0), math.gcd(-12, 18, 30), math.lcm(4, 6, 10))
print(math.isqrt(10 ** 20 + 1), math.comb(10, 3), math.perm(5, 2), math.perm(4), math.comb(3, 5))
print(math.pow(2, 10), math.pow(2, -1), math.exp(0), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.log(10 ** 400) > 920, math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180), math.sin(0), math.cos(0), math.atan2(1, 1) * 4 == math.pi)
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.25), math.modf(-3.25))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isfinite(1e308), math.isinf(math.inf), math.isnan(math.nan), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))


class Meters:
    def __init__(self, v):
        self.v = v

    def __floor__(self):
        return "floored"

    def __float__(self):
        return float(self.v)


print(math.floor(Meters(2.5)), math.sqrt(Meters(9)), math.floor(True), math.ceil(7))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
            lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.pow(10.0, 400), lambda: math.acos(2),
            lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.sqrt("4"), lambda: math.isqrt(-1),
            lambda: math.pow(0, -1), lambda: math.comb(-1, 2), lambda: math.sqrt()]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
