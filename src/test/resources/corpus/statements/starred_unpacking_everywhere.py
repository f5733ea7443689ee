first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [1]
print(head, rest)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
print(*[1, 2], *"ab", sep="-")
merged = [*range(3), *(7, 8)]
print(merged)
combined = {**{"x": 1}, "y": 2, **{"x": 3}}
print(combined)
s = {*[1, 2], *[2, 3]}
print(sorted(s))
for k, *vs in [(1, 2, 3), (4,)]:
    print(k, vs)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
