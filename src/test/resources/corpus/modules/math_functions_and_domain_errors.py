import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for f in [lambda: math.sqrt(2), lambda: math.isqrt(10**20 + 1), lambda: math.factorial(20), lambda: math.factorial(-1),
          lambda: math.factorial(2.0), lambda: math.gcd(12, 18, 27), lambda: math.lcm(4, 6), lambda: math.comb(10, 3),
          lambda: math.perm(5, 2), lambda: math.floor(-2.5), lambda: math.ceil(2.1), lambda: math.trunc(-2.7),
          lambda: math.fabs(-3), lambda: math.pow(2, 0.5), lambda: math.exp(1), lambda: math.log(100, 10),
          lambda: math.log2(8), lambda: math.log10(0.001), lambda: math.log(-1), lambda: math.sqrt(-4),
          lambda: math.sin(math.pi / 2), lambda: math.cos(0), lambda: math.atan2(1, 1), lambda: math.hypot(3, 4),
          lambda: math.degrees(math.pi), lambda: math.radians(180), lambda: math.isclose(0.1 + 0.2, 0.3),
          lambda: math.isnan(float("nan")), lambda: math.isinf(1e308 * 10), lambda: math.fsum([0.1] * 10),
          lambda: math.prod([1, 2, 3, 4]), lambda: math.copysign(1, -0.0), lambda: math.fmod(-7, 3),
          lambda: math.modf(3.25), lambda: math.frexp(8), lambda: math.ldexp(0.5, 4), lambda: math.inf, lambda: -math.inf,
          lambda: math.nan, lambda: math.e, lambda: math.tau, lambda: math.dist((0, 0), (3, 4)), lambda: math.exp(1000),
          lambda: math.floor(float("inf")), lambda: math.remainder(7, 2), lambda: math.gcd(), lambda: math.sqrt("x"),
          lambda: math.ulp(1.0), lambda: math.nextafter(1, 2),
          lambda: math.expm1(1e-10), lambda: math.log1p(1e-10), lambda: math.acos(2)]:
    t(f)
import math
for x in [8.0, 0.1, -3.5, 5e-324, 1e308, 1.0, 0.0, -0.0, 2**-1030]:
    print(math.frexp(x), math.ldexp(*math.frexp(x)), math.ulp(x), math.nextafter(x, 0), math.remainder(x, 0.3))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.ldexp(1, 1024) if False else "")
try:
    math.ldexp(1.0, 2000)
except OverflowError as e:
    print(e)
