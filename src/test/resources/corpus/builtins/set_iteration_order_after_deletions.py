# A set iterates in the slot order of CPython's open-addressing table: ints hash to themselves,
# deletions leave dummy slots that later adds may reuse, the table grows at 60 % fill, and
# copies/unions/intersections build their result tables the way CPython's set functions do.
s = {1, 2, 3, 100, 33, 65}
s.discard(2)
s.add(97)
s.discard(33)
s.add(129)
print(s, list(s))
t = set(range(20))
for i in range(0, 20, 3):
    t.discard(i)
t.add(40)
t.add(7)
print(t)
u = set()
for i in [5, 13, 21, 29, 37]:
    u.add(i)
u.remove(13)
u.add(45)
u.add(13)
print(u)
w = set(range(100))
for i in range(90):
    w.discard(i)
print(w)
w.add(3)
print(w, w.copy(), set(w), frozenset(w))
print({x * 7 for x in range(30) if x % 4})
a = {8, 16, 24, 32, 1, 9}
b = {16, 40, 1, 64}
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, {3}), a.intersection(b), a.difference(b), a.symmetric_difference([64, 8]))
c = set(a)
c.intersection_update({32, 24, 1})
print(c)
p = {10, 20, 30, 18, 2}
print([p.pop() for _ in range(3)], p)
p.add(1)
print(p.pop(), p)
print({1.5, 2.0, True, 0.5, -3})
f = frozenset([200, 8, 72, 136])
print(f, f | {4})
