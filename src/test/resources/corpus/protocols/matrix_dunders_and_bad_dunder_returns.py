class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))
    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[a * k for a in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            return self.rows[i][j]
        return self.rows[idx]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(abs(a) for r in self.rows for a in r)
    def __bool__(self):
        return any(any(r) for r in self.rows)
    def __iadd__(self, other):
        print("iadd")
        self.rows = (self + other).rows
        return self
    def __call__(self, x):
        return [sum(r) * x for r in self.rows]
    def __lt__(self, other):
        return abs(self) < abs(other)
m = Matrix([[1, 2], [3, 4]])
n = Matrix([[0, 1], [1, 0]])
print(m + n, m * 2, 3 * m, m @ n, -m, abs(m), bool(Matrix([[0]])), m[1], m[0, 1], len(m), 4 in m, 9 in m)
m[0, 0] = 10; print(m)
m += n; print(m)
print(list(m), m(2), sorted([m, n]), max(m, n), m == Matrix([[10, 3], [4, 4]]), m != n, {m: 1}[Matrix([[10, 3], [4, 4]])])
try:
    m + 1
except TypeError as e:
    print("TypeError", e)
try:
    m * "s"
except TypeError as e:
    print("TypeError", e)
try:
    m <= n
except TypeError as e:
    print("TypeError", e)
try:
    m @ 3
except AttributeError as e:
    print("AttributeError", e)
try:
    1 @ 2
except TypeError as e:
    print("TypeError", e)
class R:
    def __radd__(self, o): return f"radd({o})"
    def __rsub__(self, o): return f"rsub({o})"
    def __rpow__(self, o): return f"rpow({o})"
    def __rtruediv__(self, o): return f"rtruediv({o})"
    def __rlshift__(self, o): return f"rlshift({o})"
print(1 + R(), "s" - R() if False else 2 - R(), 2 ** R(), 1 / R(), 1 << R(), [1] + R(), sum([R()], 5) if False else "")
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v + 100
    def __float__(self): return self.v / 2
    def __round__(self, n=None): return "rounded"
    def __trunc__(self): return 7
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __complex__(self): return 1j
import math
x = Num(3)
print([0, 1, 2, 3, 4][x], bin(x), hex(x), int(x), float(x), round(x), round(x, 2), math.floor(x), math.ceil(x), complex(x), "ab" * x, range(x))
class OldIter:
    def __init__(self): self.data = [3, 1, 2]
    def __getitem__(self, i): return self.data[i]
print(list(OldIter()), sorted(OldIter()), 1 in OldIter(), list(reversed([1, 2])), [*OldIter()])
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
    def __reversed__(self): return iter(["r", "e", "v"])
print(list(reversed(Rev())), len(Rev()))
class Str:
    def __repr__(self): return "R!"
print(Str(), [Str()], str(Str()), f"{Str()}", "%s %r" % (Str(), Str()), format(Str()))
class Both:
    def __str__(self): return "S!"
    def __repr__(self): return "R!"
print(Both(), [Both()], (Both(),), {"k": Both()}, {Both()} if False else "", f"{Both()!r}")
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class BadHash:
    def __hash__(self): return "h"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class NoHash:
    def __eq__(self, o): return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
