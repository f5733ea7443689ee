# @dataclass writes __init__ (defaults, default_factory, kw_only, __post_init__), __repr__,
# __eq__, ordering, frozen setters and __hash__ from the class's annotations; errors read as
# CPython's (argument binding, mutable defaults, field order, frozen assignment).
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) == (1, 0), p.__doc__, is_dataclass(p), is_dataclass(Point))
print([f.name for f in fields(Point)], asdict(p), astuple(Point(3, 4)), replace(p, y=9), Point.__hash__)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


v = Version(1, 2)
print(sorted([Version(2), Version(1, 5), Version(1, 2)]), v < Version(1, 3), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)

    def __post_init__(self):
        self.count = len(self.items)


a = Inventory("ada")
a.items.append("pen")
b = Inventory("bob", ["x", "y"])
print(a, b, b.count, Inventory("ada") == Inventory("ada", secret="other"), Inventory("q").items is not a.items)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))


@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 8080


print(Config(port=1), Config.__init__.__qualname__)
try:
    Config("h")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Child(Point):
    z: int = 5


print(Child(1, 2, 3), [f.name for f in fields(Child)])
for source in ["@dataclass\nclass Bad:\n    items: list = []",
               "@dataclass\nclass Bad:\n    a: int = 1\n    b: int"]:
    try:
        exec(source)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
