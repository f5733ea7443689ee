# Without `from __future__ import annotations`, a def evaluates its annotations and stores them
# in __annotations__ (args, positional-only, *args, keyword-only, **kwargs, return; names mangled);
# a class body collects its variable annotations; a metaclass can read them.
def annotated(x: int, y: "str" = "a", *args: float, z: bool = True, **kw: dict) -> bool:
    pass


print(annotated.__annotations__)


def positional(a: int, /, b: str, c=None):
    pass


print(positional.__annotations__, (lambda q: q).__annotations__)


class Tree:
    def __grow(self, __by: int) -> "Tree":
        pass

    def plain(self):
        pass


print(Tree._Tree__grow.__annotations__, Tree.plain.__annotations__)


async def fetch(urls: list[str], timeout: float | None = None) -> dict[str, bytes]:
    pass


print(fetch.__annotations__)
order = []


def note(label):
    order.append(label)
    return label


def evaluated(a: note("a") = note("default"), *, k: note("k")) -> note("return"):
    pass


print(order)


class Model:
    name: str
    age: int = 0
    tags: list[str] = []


print(Model.__annotations__, Model.age)


class Fields(type):
    def __new__(mcs, name, bases, ns):
        ns["_fields"] = tuple(ns.get("__annotations__", {}))
        return super().__new__(mcs, name, bases, ns)


class Person(metaclass=Fields):
    name: str
    age: int


print(Person._fields)
try:
    def broken(x: Undefined):
        pass
except NameError as e:
    print("NameError:", e)
