# str/list/tuple/bytes concatenation and repetition are CPython's sequence slots, tried only
# after both operands' number methods: the right operand's __radd__/__rmul__ goes first, also
# for list += x; an int-like __index__ object is a valid repeat count.
class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __radd__(self, other):
        return Vector(*other, *self.xs)

    def __rmul__(self, other):
        return f"{other!r} scaled by a Vector"

    def __repr__(self):
        return f"Vector{tuple(self.xs)}"


class Refuses:
    def __radd__(self, other):
        print("  Refuses.__radd__ asked first")
        return NotImplemented


class Two:
    def __index__(self):
        return 2


print([1, 2] + Vector(3), (1,) + Vector(2), "ab" + Vector("c"), b"x" + Vector(1))
print("ab" * Vector(), [0] * Vector())
items = [1]
items += Vector(9)
print("list += Vector:", items)
items = [1]
items += "ab"
items += (3,)
print("list += str, tuple:", items)
items *= Two()
print("list *= Two():", items)
print("ab" * Two(), [0] * Two(), (1,) * Two(), b"x" * Two(), Two() * "z")
for source in ['"s" + Refuses()', '[1] + Refuses()', '(1,) + Refuses()', '"s" * 1.5', '[1] * "a"',
               'b"a" + "s"', 'xs = [1]; xs *= "a"', '"s" + 1', '1 + "s"']:
    try:
        exec(source)
    except TypeError as e:
        print(f"{source:24} TypeError: {e}")


class Shout(str):
    def __radd__(self, other):
        return "Shout.__radd__ wins"


print("a" + Shout("b"), Shout("b") + "a")
