# functools beyond partial/reduce/wraps: lru_cache (LRU eviction, cache_info, methods), cache,
# cached_property, total_ordering (from any one root), cmp_to_key, singledispatch.
import functools


@functools.lru_cache(maxsize=2)
def square(n):
    print("  computing", n)
    return n * n


print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info(), square.__name__, square.__wrapped__.__name__, type(square).__name__)
square.cache_clear()
print(square.cache_info(), square.cache_parameters())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())


@functools.lru_cache
def plain(x):
    return x


print(plain(1), plain(1), plain.cache_info())
try:
    plain([1])
except TypeError as e:
    print("TypeError:", e)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("  area computed")
        return 3 * self.r ** 2

    @functools.lru_cache(maxsize=None)
    def scaled(self, k):
        return self.r * k


c = Circle(2)
print(c.area, c.area, c.__dict__, type(Circle.area).__name__)
del c.area
print(c.area, c.scaled(3), c.scaled(3), Circle.scaled.cache_info())


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return f"v{self.n}"


print(Version(1) <= Version(1), Version(2) >= Version(3), Version(2) > Version(1), sorted([Version(3), Version(1)]))
print(Version.__gt__.__name__, Version.__gt__.__qualname__, Version.__le__.__qualname__)


@functools.total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __ge__(self, other):
        return self.kg >= other.kg


print(Weight(1) < Weight(2), Weight(1) <= Weight(1), Weight(3) > Weight(2), Weight.__lt__.__qualname__)
try:
    @functools.total_ordering
    class Unordered:
        pass
except ValueError as e:
    print("ValueError:", e)

words = ["bb", "a", "ccc", "dd"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))


@functools.singledispatch
def describe(x):
    return f"something: {x!r}"


@describe.register(int)
def _(x):
    return f"an int: {x}"


@describe.register
def _(x: list):
    return f"a list of {len(x)}"


print(describe(1), describe(True), describe([1, 2]), describe("s"), sep=" | ")
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.registry[object])
