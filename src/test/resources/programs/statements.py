# assignment forms, del, if/elif/else, while/for with else, break/continue
a, b = 1, 2
a, b = b, a
print(a, b)
x = y = [1, 2]
x.append(3)
print(y, x is y)
first, *rest = range(5)
print(first, rest)
*init, last = "abcd"
print(init, last)
(p, q), r = (1, 2), 3
print(p, q, r)
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
s = "ab"
s *= 3
print(s)
d = {"k": 1}
d["k"] += 10
print(d)
class O: pass
o = O()
o.v = 5
o.v += 1
print(o.v)
del o.v
print(hasattr(o, "v"))
lst = [0, 1, 2, 3, 4, 5]
del lst[1]
del lst[::2]
print(lst)
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("no break")
for i in []:
    pass
else:
    print("for-else ran")
k = 0
while k < 3:
    k += 1
else:
    print("while-else", k)
while True:
    k -= 1
    if k == 0:
        break
print("k", k)
for grade in (95, 85, 72, 50):
    if grade >= 90:
        print("A")
    elif grade >= 80:
        print("B")
    elif grade >= 70:
        print("C")
    else:
        print("F")
if not []:
    pass
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, "a" in "abc", 4 not in [1, 2], None is None, n is not None)
print(x if (x := 5) > 3 else 0, x)
print([y for y in range(5) if (z := y * y) > 3], z)
print(True and 0, 0 or "z", not 5, 1 and 2 and 3, None or [] or {})
print(lst[-1], "hello"[1:4], "hello"[::-1], [1, 2, 3, 4][1::2], (1, 2, 3)[:-1])
print(f"{a} + {b} = {a + b!r:>5}|{'s'!r}|{3.14159:.2f}|{10:04d}|{'x':*^7}|{255:#x}|{1234567:,}")
