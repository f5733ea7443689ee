a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.isdisjoint({7}), a.issubset(range(10)))
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.discard(99)
s.remove(3)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
fs = frozenset([3, 1, 2])
print(sorted(fs), type(fs | {9}).__name__, fs == {1, 2, 3}, {fs: "hashable"}[frozenset({1, 2, 3})])
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(set(), frozenset(), {1}, repr({(1, 2)}), set([5]))
small = {3, 1, 2}
print(small, {10, 5, 1}, sorted({x % 3 for x in range(10)}))
c = {1, 2}
c |= {3}
c -= {1}
print(c)
