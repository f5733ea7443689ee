# collections.abc: one-method ABCs recognise duck types (any class defining __iter__ is Iterable),
# builtins are registered (list is a MutableSequence, dict a MutableMapping), and subclassing a
# collection ABC supplies mixin methods but refuses instantiation until the abstract ones exist.
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence,
                             MutableSequence, Mapping, MutableMapping, Set, Generator, Collection)
import collections


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


for obj in [[1], (1,), "s", {1: 2}, {1}, frozenset(), range(3), b"x", 5, Bag(1), iter([]), len, None,
            (x for x in [])]:
    print(f"{type(obj).__name__:10}", [abc.__name__ for abc in (Iterable, Iterator, Sized, Container, Hashable,
                                                              Callable, Sequence, MutableSequence, Mapping,
                                                              MutableMapping, Set, Generator, Collection)
                                        if isinstance(obj, abc)])


class Deck(Sequence):
    def __init__(self, cards):
        self._cards = list(cards)

    def __getitem__(self, i):
        return self._cards[i]

    def __len__(self):
        return len(self._cards)


deck = Deck("AKQJ")
print(list(deck), "Q" in deck, deck.index("J"), deck.count("A"), list(reversed(deck)), isinstance(deck, Iterable))


class Registry(MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry()
r["Alpha"] = 1
r.update(BETA=2)
print(dict(r), r.get("ALPHA"), "beta" in r, r.setdefault("gamma", 3), r.pop("alpha"), sorted(r.keys()), list(r.items()))
print(r == {"beta": 2, "gamma": 3}, len(r), isinstance(r, Mapping))


class HalfSequence(Sequence):
    def __len__(self):
        return 0


try:
    HalfSequence()
except TypeError as e:
    print("TypeError:", e)
print(collections.abc.Sequence is Sequence, issubclass(list, collections.abc.Reversible), Iterable.__module__)
