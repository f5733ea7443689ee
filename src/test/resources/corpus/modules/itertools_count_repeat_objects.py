# itertools.count and itertools.repeat are iterator objects with CPython's reprs (current value, times left)
import itertools as it
c = it.count(1)
print(c, next(c), next(c), c, it.count(), it.count(2.5, 0.5), it.count(0, 2), type(c), list(it.islice(it.count(5, -1), 3)))
r = it.repeat("x", 3)
print(r, next(r), r, list(r), r, it.repeat(None), list(it.repeat(1, -2)), list(zip(range(3), it.repeat(0))))
print(list(map(pow, range(4), it.repeat(2))), type(r).__name__)
try:
    it.count("a")
except TypeError as e:
    print(e)
