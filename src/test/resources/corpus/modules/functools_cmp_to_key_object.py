# functools.cmp_to_key gives a callable functools.KeyWrapper object; its results compare through the cmp function
import functools
def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
key = functools.cmp_to_key(by_length_then_alpha)
print(key, type(key).__name__, callable(key))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words, key=key), max(words, key=key), min(words, key=key))
k1, k2 = key("abc"), key("abd")
print(k1 < k2, k1 > k2, k1 == key("abc"), k1 <= k2, k2 >= k1, k1.obj, type(k1).__name__)
try:
    k1 < "abc"
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
