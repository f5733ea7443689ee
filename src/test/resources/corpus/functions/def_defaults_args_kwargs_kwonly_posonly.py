def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8, d=0))
print(f(*[1, 2, 3], **{"c": 9, "z": 1}))

def pos_only(x, y, /, z=0, *, w=1):
    return x + y + z + w

print(pos_only(1, 2), pos_only(1, 2, 3, w=10))
try:
    pos_only(x=1, y=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, c=3, a=4)
except TypeError as e:
    print("TypeError:", e)

def g(a, b):
    return a - b
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, q=3)
except TypeError as e:
    print("TypeError:", e)
print(g(b=1, a=10))
