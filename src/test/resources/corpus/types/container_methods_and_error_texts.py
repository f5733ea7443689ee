def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
l = [3, 1, 2]
t(lambda: l.sort(key=lambda x: -x) or l)
t(lambda: [1, 2, 3][::-1] + [4] * 2)
t(lambda: [1, 2, 3].index(2, 1))
t(lambda: [1, 2, 3].index(1, 1))
t(lambda: [1, [2]] == [1, [2]])
t(lambda: [1, 2] < [1, 2, 0])
t(lambda: [1, "a"] < [1, 2])
t(lambda: list(range(10))[2:8:3])
t(lambda: list(range(10))[-3:])
t(lambda: list(range(10))[100:])
t(lambda: [0] * 3 + [1])
def ins():
    a = [1, 2, 3]; a.insert(-1, 9); a.insert(100, 7); a.insert(-100, 0); return a
t(ins)
def slc():
    a = list(range(6)); a[1:3] = "xyz"; a[::2] = [0, 0, 0, 0]; return a
t(slc)
def slc2():
    a = list(range(6)); a[::2] = [1]; return a
t(slc2)
def dl():
    a = list(range(10)); del a[::3]; del a[-1]; return a
t(dl)
t(lambda: [].remove(1))
t(lambda: [1, 2].pop(5))
t(lambda: list.__add__([1], (2,)))
def iadd():
    a = [1]; a += (2, 3); a += "ab"; a *= 2; return a
t(iadd)
t(lambda: [1, 2, 3].count(2) + [].count(0))
t(lambda: sorted([(1, "b"), (1, "a"), (0, "z")]))
t(lambda: sorted(["bb", "a", "ccc"], key=len, reverse=True))
t(lambda: list(reversed(range(5))))
t(lambda: reversed(range(5)))
t(lambda: max([], default=None))
t(lambda: max(1, 2, 3, key=lambda x: -x))
t(lambda: max([1, 2], [3]))
t(lambda: min("hello"))
t(lambda: max([1, 2], default=0, key=None))
t(lambda: min(1, 2, default=0))
t(lambda: min())
t(lambda: sum([0.1] * 10))
t(lambda: sum([1, 2], start=10))
t(lambda: any([]) and all([]))
t(lambda: list(zip([1, 2], "ab", (True, False, None))))
t(lambda: list(zip([1, 2], [3], strict=True)))
t(lambda: list(enumerate("ab", start=5)))
t(lambda: list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
t(lambda: list(filter(None, [0, 1, "", "a", None, [], [0]])))
d = {"b": 1, "a": 2}
t(lambda: list(d.items()))
t(lambda: d.keys() & {"a", "c"})
t(lambda: sorted(d.keys() | {"c"}))
t(lambda: d.keys() - {"a"})
t(lambda: d.items() & {("a", 2)})
t(lambda: d.values() == d.values())
t(lambda: repr(d.keys()) + repr(d.values()) + repr(d.items()))
t(lambda: dict.fromkeys("abc", 0))
t(lambda: dict(zip("ab", [1, 2]), c=3))
t(lambda: {**d, "z": 0})
t(lambda: d | {"a": 9})
t(lambda: {1: 1} == {1: 1.0})
t(lambda: d.setdefault("c", []))
t(lambda: d.pop("zz", "dflt"))
t(lambda: d.popitem())
t(lambda: {}.popitem())
t(lambda: d["nope"])
t(lambda: sorted(d))
t(lambda: list(reversed(d)))
t(lambda: dict([(1, 2), [3, 4]]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict(1))
t(lambda: {[]: 1})
def dmut():
    dd = {1: 1}
    for k in dd:
        dd[k + 1] = 1
t(dmut)
def lmut():
    ll = [1, 2, 3]
    for x in ll:
        ll.remove(x)
    return ll
t(lmut)
s = {3, 1, 2}
t(lambda: s | {4})
t(lambda: s & {1, 5})
t(lambda: s - {1})
t(lambda: s ^ {1, 9})
t(lambda: s <= {1, 2, 3, 4})
t(lambda: s < s)
t(lambda: s.isdisjoint([7]))
t(lambda: s.union([5], (6,)))
t(lambda: s.intersection("abc"))
t(lambda: frozenset([1, 2]) | {3})
t(lambda: {1, 2} | frozenset([3]))
t(lambda: s | [1])
t(lambda: set("hello") == set("olleh"))
t(lambda: {frozenset({1}): "x"})
t(lambda: set([1, 2]).remove(5))
t(lambda: {1, 2}.pop() in (1, 2))
t(lambda: repr(set()) + repr(frozenset()) + repr({()}))
def smut():
    ss = {1, 2}
    for x in ss:
        ss.add(x + 10)
t(smut)
t(lambda: (1, 2) + (3,))
t(lambda: (1, 2) * 2)
t(lambda: (1,) + [2])
t(lambda: tuple("ab") < ("a", "c"))
t(lambda: (1, 2, 3)[1:])
t(lambda: hash((1, 2)) == hash((1, 2)))
t(lambda: hash((1, [2])))
t(lambda: ().count(1))
t(lambda: range(0, 10, 3)[1:3])
t(lambda: range(10)[::-2])
t(lambda: range(5) == range(0, 5, 1))
t(lambda: 3 in range(0, 10, 3))
t(lambda: range(3).index(5))
t(lambda: len(range(0, -10, -3)))
t(lambda: range(10)[20])
t(lambda: slice(1, 10, 2).indices(5))
t(lambda: [1, 2, 3][slice(None, None, -1)])
a, *b, c = range(5)
t(lambda: (a, b, c))
t(lambda: [*range(3), *"ab"])
t(lambda: {**{"a": 1}, **{"a": 2}})
def unpack():
    x, y = [1, 2, 3]
t(unpack)
def unpack2():
    x, y, z = [1, 2]
t(unpack2)
def unpack3():
    x, = []
t(unpack3)
def unpack4():
    a, b = 5
t(unpack4)
