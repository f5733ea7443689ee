t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t + (4,), t * 2, len(t), 2 in t)
print((), (1,), tuple("ab"), repr((None,)), (1, 2) < (1, 2, 0), (3,) > (2, 99))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
inner = ([1],)
inner[0].append(2)
print(inner)
try:
    inner[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(inner)
a, b, c = (x * 2 for x in range(3))
print(a, b, c, tuple(x for x in "hi"))
