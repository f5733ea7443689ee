# Type hints are objects: list[int] is a types.GenericAlias, int | None a types.UnionType;
# their reprs, equality, isinstance rules, and classes with a parameterized base.
import types

print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[int]])
print(type(list[int]), list[int].__origin__, list[int].__args__, dict[str, int].__args__)
print(int | str, type(int | None), (int | str).__args__, (int | None).__args__, None | int)
print(int | int, int | str | int, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(list[int] == list[int], list[int] == list[str], list[int]([1, 2]), dict[str, int](a=1))


class Node:
    pass


print(Node | None, list[Node], dict[str, int | None], list[int] | None)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str),
      isinstance("x", (int, str | None)), isinstance(1, int | list[int]))
for check in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
              lambda: isinstance("s", int | list[int]), lambda: isinstance(1, 5), lambda: int | 5,
              lambda: issubclass(int, 5)]:
    try:
        print(check())
    except TypeError as e:
        print("TypeError:", e)


class Numbers(list[int]):
    pass


print(Numbers.__mro__, Numbers.__orig_bases__, Numbers([1, 2]))
print(types.GenericAlias, types.UnionType, types.GenericAlias(list, (int,)), isinstance(int | str, types.UnionType))
