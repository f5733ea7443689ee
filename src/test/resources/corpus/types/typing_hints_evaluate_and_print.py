# typing: annotated programs run (hints are evaluated at def time) and the hint objects print
# as CPython 3.11 prints them; unsubscripted aliases work with isinstance, subscripted ones not;
# TypeVar/Generic, NamedTuple classes, runtime-checkable protocols, cast/get_type_hints.
from typing import (Any, Callable, Dict, Iterable, List, Optional, Tuple, Union, Set, TypeVar, Generic,
                    NamedTuple, Protocol, runtime_checkable, cast, get_type_hints, ClassVar, Literal, Sequence)

T = TypeVar("T")


def first(items: List[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


def apply(f: Callable[[int, str], bool], *args: Any, **kwargs: Dict[str, int]) -> Tuple[int, ...]:
    return ()


print(first([3, 4]), first([], "none"), first.__annotations__)
print(apply.__annotations__["f"], apply.__annotations__["return"], Union[int, str], Union[int, None], Optional[str])
print(List, List[int], Dict[str, List[int]], Set[Tuple[int, str]], Callable[..., int], Literal["a", 1], T, Any)
print(Union[int, Union[str, int]], Union[int], Union[int, str] == Union[str, int], List[int] == List[int])
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(3, Union[int, str]))
for check in [lambda: isinstance([], List[int]), lambda: isinstance(1, Any), lambda: Union[()], lambda: List[int, str]]:
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)


s = Stack[int]()
s.push(1)
print(s.items, Stack.__mro__[-2:], type(s).__name__)


class Employee(NamedTuple):
    name: str
    id: int = 3


e = Employee("ada")
print(e, e._fields, e.id, isinstance(e, tuple), Employee("bob", 7)._asdict())


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class File:
    def close(self) -> None:
        pass


class Rock:
    pass


print(isinstance(File(), Closable), isinstance(Rock(), Closable))


class Config:
    registry: ClassVar[Dict[str, int]] = {}
    name: str = "x"


print(get_type_hints(Config), cast(int, "not really"), cast(List[int], None))
