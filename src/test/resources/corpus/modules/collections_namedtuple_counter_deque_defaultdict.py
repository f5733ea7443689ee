# collections: namedtuple (fields, defaults, _replace/_asdict/_make, tuple behaviour), defaultdict,
# Counter (most_common, arithmetic), deque (both ends, maxlen, rotate), OrderedDict, ChainMap,
# with CPython's reprs and error texts.
from collections import namedtuple, defaultdict, Counter, deque, OrderedDict, ChainMap

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), list(p), p._fields, Point.__name__, isinstance(p, tuple))
print(p._replace(x=10), p._asdict(), Point._make([3, 4]), Point.__doc__, hash(p) == hash((1, 2)))
x, y = p
print(x + y, sorted([Point(2, 1), Point(1, 5)]), max(Point(1, 2)))
Card = namedtuple("Card", ["rank", "suit"], defaults=["hearts"])
print(Card("A"), Card("K", "spades"), Card._field_defaults)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: namedtuple("P", "a a"),
            lambda: namedtuple("P", "a _b"), lambda: namedtuple("P", "a 1b"), lambda: p._replace(z=1),
            lambda: setattr(p, "x", 5), lambda: Point._make([1])]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), defaultdict(None, a=1), isinstance(counts, dict))
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError:", e)

c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], c.total(), sorted(c.elements())[:4])
c.update("aaz")
c.subtract({"b": 5})
print(c, Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(), Counter() == Counter(a=0))

d = deque([1, 2, 3], maxlen=4)
d.append(4)
d.append(5)
d.appendleft(0)
print(d, d.maxlen, d[0], d[-1], len(d), 3 in d)
d.rotate(1)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([9])
print(d, list(reversed(d)), d.index(7), d.count(7), deque("abc"), deque())
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2),
            lambda: deque([1]).index(9)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, list(od), od.popitem(), od.popitem(last=False), od, OrderedDict())
od2 = OrderedDict([("x", 1), ("y", 2)])
print(od2 == OrderedDict([("y", 2), ("x", 1)]), od2 == {"y": 2, "x": 1}, od2 == OrderedDict([("x", 1), ("y", 2)]))

defaults = {"color": "red", "user": "guest"}
chain = ChainMap({"user": "admin"}, defaults)
print(chain["user"], chain["color"], len(chain), sorted(chain), "color" in chain, chain.get("x", 0))
chain["color"] = "blue"
print(chain.maps, chain.new_child({"user": "root"})["user"], chain.parents)
