# enum: the EnumType metaclass turns the class body's names into members (a class-creation
# showcase): lookup by value and by name, iteration in definition order, aliases, auto(),
# @unique, IntEnum/StrEnum/Flag mix-ins, __init__ with tuple values, and CPython's reprs.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # an alias of RED

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED.describe(), Color.default(), type(Color), type(Color.RED))
print(isinstance(Color.RED, Color), Color.RED in Color, Color.RED == 1, Color.RED is Color(1), Color.__members__.keys())
print({Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.name), f"{Color.BLUE}", f"{Color.BLUE!r}")
for bad in [lambda: Color(7), lambda: Color["PINK"], lambda: setattr(Color, "RED", 5)]:
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()


print(list(Status), Status.DONE.value, isinstance(Color, EnumMeta))


class Priority(IntEnum):
    LOW = 1
    HIGH = 3


print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, Priority.LOW == 1, repr(Priority.HIGH), str(Priority.HIGH),
      sorted([3, Priority.LOW, 2]), f"{Priority.HIGH:>4}")


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode("w"), Mode.READ.upper())


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), list(rw), repr(Perm(0)))


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.MARS, Planet.MARS.value, Planet.EARTH.mass, repr(Planet.EARTH))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
