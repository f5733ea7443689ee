# itertools (infinite counters, slicing, grouping, combinatorics) and operator (operators as
# functions, itemgetter/attrgetter/methodcaller) as a course program combines them.
import itertools
import operator
from functools import reduce
from itertools import count, cycle, repeat, islice, chain, groupby, accumulate, product, permutations, combinations

print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(zip(range(3), repeat(0))))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])), list(accumulate([1, 2, 3, 4])),
      list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)))
for key, group in groupby("aaabccdd"):
    print(key, list(group), end="; ")
print()
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({k: list(g) for k, g in groupby(words, key=operator.itemgetter(0))})
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))), list(permutations("abc", 2))[:4])
print(list(combinations(range(4), 2)), list(itertools.combinations_with_replacement("ab", 2)), list(permutations([])))
print(list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 3)), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])),
      list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.pairwise("abcd")),
      list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
try:
    list(islice([1], -1))
except ValueError as e:
    print("ValueError:", e)

print(reduce(operator.add, [1, 2, 3]), reduce(operator.mul, range(1, 6)), operator.neg(5), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.not_(0))
people = [("ada", 36), ("alan", 41), ("grace", 36)]
print(sorted(people, key=operator.itemgetter(1, 0)), operator.itemgetter(0, 2)("abc"), operator.itemgetter(1))


class Person:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def greet(self, other, punctuation="!"):
        return f"{self.name} greets {other}{punctuation}"


ps = [Person(n, a) for n, a in people]
print([p.name for p in sorted(ps, key=operator.attrgetter("age", "name"))], operator.attrgetter("name")(ps[0]))
print(operator.methodcaller("greet", "bob", punctuation="?")(ps[1]), operator.methodcaller("greet", "x", punctuation=".") )
print(operator.attrgetter("name", "age"), operator.lt(1, 2), operator.is_(None, None), operator.indexOf([5, 6], 6),
      operator.countOf([1, 1, 2], 1))
