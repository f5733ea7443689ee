class Plain:
    pass

a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
print(EqOnly(1) in [EqOnly(0), EqOnly(1)], [EqOnly(2)].index(EqOnly(2)), [EqOnly(3)].count(EqOnly(3)))
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max(Ordered(1), Ordered(5)), min([Ordered(4), Ordered(0)]))
print(Ordered(2) > Ordered(1))
