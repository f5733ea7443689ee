a = b = c = [1]
print(a is b, b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[m, n] = "ab"
print(m, n)

class Box:
    pass

box = Box()
box.value = 10
box.value += 5
print(box.value)
d = {}
d["k"] = 1
d["k"] *= 7
print(d)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
t = 1,
print(t, type(t).__name__)
