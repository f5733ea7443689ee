# IntFlag members combine with | & ^ ~ into IntFlag values (also with plain ints); Flag keeps to its own
from enum import IntFlag, Flag, auto
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, int(rw), rw & Perm.X, repr(rw & Perm.X), Perm(7), repr(Perm(7)))
print(rw | 1, repr(rw | 1), repr(1 | rw), repr(rw ^ Perm.R), repr(~Perm.R), rw + 1, type(rw + 1), list(rw))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
c = Color.RED | Color.BLUE
print(c, repr(c), Color.GREEN in c, bool(Color.RED & Color.GREEN), repr(Color.RED & Color.GREEN), list(c), len(c))
try:
    Color.RED | 1
except TypeError as e:
    print(e)
