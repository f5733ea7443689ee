def f(a, b, c=3):
    return a, b, c

args = (1,)
kwargs = {"b": 2}
print(f(*args, **kwargs))
print(f(**{"a": "x", "b": "y", "c": "z"}))
try:
    f(1, **{"a": 2, "b": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)

def collect(**kw):
    return sorted(kw.items())

print(collect(z=1, a=2))
print(dict(a=1, **{"b": 2}))
