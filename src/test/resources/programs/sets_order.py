print({3, 1, 2}, set([10, 5, 100, 7]), {-1, -2, 0, 1}, set(range(20, 0, -3)))
s = set()
for i in [33, 1, 17, 9, 65, 2]:
    s.add(i)
print(s, sorted(s), {i * 8 for i in range(12)}, frozenset({4, 2}))
print({True, 0, 1.5, 2})
