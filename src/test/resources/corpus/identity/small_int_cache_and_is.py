def make(n):
    return int(str(n))

for n in (-6, -5, 0, 100, 256, 257, 1000):
    print(n, make(n) is make(n), make(n) == make(n))
a = 256
b = 255 + 1
print(a is b)
x = make(300)
y = x
print(x is y, id(x) == id(y))
print(id(make(7)) == id(make(7)))
print(True is (1 == 1), None is None, ... is Ellipsis)
ten = 10
print(int("10") is ten)
