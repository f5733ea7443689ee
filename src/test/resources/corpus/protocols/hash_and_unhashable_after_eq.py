class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)

d = {Key(1): "one"}
print(d[Key(1)], Key(1) in {Key(1)})

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
for v in [[1], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
class Inherits(Key):
    pass
print(hash(Inherits(5)) == hash(5))
class EqAndInherit(Key):
    def __eq__(self, other):
        return False
print(EqAndInherit.__hash__ is None)
