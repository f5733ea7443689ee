# Augmented assignment whose store fails: CPython 3.11 puts the carets under the target.
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError("read-only " + name)

    def __setitem__(self, key, value):
        raise KeyError(key)

    def __getitem__(self, key):
        return 1


r = ReadOnly.__new__(ReadOnly)
object.__setattr__(r, 'n', 1)
try:
    r.n += 1
except AttributeError as e:
    print('attribute:', e)
try:
    r['k'] += 1
except KeyError as e:
    print('item:', e)
items = (1, 2)
try:
    items[0] += 1
except TypeError as e:
    print('tuple:', e)
r.n += 1
