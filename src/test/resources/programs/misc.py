import sys
print("to stderr", file=sys.stderr)
print("a", "b", sep="-", end="!\n")
print(*[1, 2, 3], sep=", ")
print()
data = [("bob", 25), ("alice", 30), ("carol", 25)]
data.sort(key=lambda p: (p[1], p[0]))
print(data)
print(sorted(data, key=lambda p: p[1], reverse=True))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print({n: n ** 2 for n in range(5) if n % 2})
print(list(map(str, range(3))), "".join(reversed("stressed")))
s = "The quick brown fox"
words = s.split()
print(len(words), max(words, key=len), [w[0] for w in words], s.lower().count("o"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
print(isinstance(3, (str, int)), issubclass(bool, int), type(3) == int)
n = 0
while n < 100:
    n = n * 2 + 1
print(n, n.bit_length(), 2 ** 0.5, 10 / 4, 10 // 4, -10 // 4, 10 % -4, round(2.675, 2), round(-0.5), abs(-2.5))
x = 5
x &= 3; x |= 8; x ^= 1; x <<= 2; x >>= 1
print(x, ~x, -x, +x)
big = 1
for i in range(1, 30):
    big *= i
print(big, big // 10 ** 20, str(big)[:5], big % 1000003, -big // 7)
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{3.5:e}|{0.00012345:g}|{123456789:g}|{42:b}|{-42:+d}|{7:03}")
print("%.3e %g %10.4f %-6d| %x %o %c %r %%" % (12345.678, 0.0001, 3.14159, 42, 255, 8, 65, "q"))
t = 1, 2, 3
a, *b = t
print(a, b, t[::-1], t.index(2), len(t), t == (1, 2, 3), t < (1, 2, 4))
def gen():
    yield from range(3)
    yield from "ab"
print(list(gen()), tuple(gen()), set(gen()) >= {0, "a"})
try:
    raise ValueError("bad", 42)
except ValueError as e:
    print(e.args, str(e), repr(e))
class Node:
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt
    def __iter__(self):
        node = self
        while node:
            yield node.val
            node = node.nxt
    def __repr__(self):
        return "Node(" + ", ".join(map(repr, self)) + ")"
print(Node(1, Node(2, Node(3))), sum(Node(4, Node(5))))
print(list(enumerate(["a", "b"])), dict(enumerate("xy")), list(range(3))[-1], [0] * 3)
print(divmod(-7, 2), pow(3, 4, 5), max([], default="none"), min("zebra"), sum([0.1] * 10))
print(str(1.0), str(1e100), 1e-10, 3.0 == 3, 0.1 * 3, 1 / 7, 2.5e-3, float("1e3"), int("-12"), int(" 7 "))
print(hash("x") == hash("x"), hash(1) == 1, hash(-1), hash(2 ** 61), hash(1.5), hash(True))
print(any(x > 2 for x in [1, 2, 3]), all(x for x in []), [i for i in range(10)][2:8:3])
lst = list(range(10))
lst[2:5] = ["x"]
print(lst, lst[-3:], lst[:-7])
del lst[:3]
print(lst)
print("abc" * 0, [1] * -1, "a" < "b" < "c", "Z" < "a", [1, 2] < [1, 3], (2,) > (1, 9))
print(bool(None), bool(0.0), bool("0"), bool([[]]), None is None, type(None).__name__)
