a = 256; b = 256
print(a is b)
x = 257; y = 257
print(x == y)
def f():
    p = 1000; q = 1000
    return p is q
print(f())
s1 = "hello"; s2 = "hello"
print(s1 is s2, "hello world" == "hello" + " world")
t1 = (); t2 = ()
print(t1 is t2, [] is [], None is None, True is True)
l = [1, 2]; m = l
m.append(3)
print(l, l is m, l == [1, 2, 3], id(l) == id(m))
five = 5
print(int("5") is five, int("300") is int("300"))
c = [[]] * 3
c[0].append(1)
print(c, c[0] is c[1])
d = [[] for _ in range(3)]
d[0].append(1)
print(d)
def default(x, acc=[]):
    acc.append(x)
    return acc
print(default(1), default(2), default.__defaults__)
import copy
orig = {"k": [1, 2]}
sh = copy.copy(orig); dp = copy.deepcopy(orig)
orig["k"].append(3)
print(sh, dp, sh["k"] is orig["k"], dp["k"] is orig["k"])
print(float("nan") == float("nan"), (lambda n: n is n)(float("nan")))
nan = float("nan")
print([nan] == [nan], nan in [nan], {nan: 1}.get(nan))
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
one = 1
two = one + one
print(1 == 1.0, two is 2 * one)
class K: pass
k1, k2 = K(), K()
print(k1 == k2, k1 is k2, k1 != k2, hash(k1) == hash(k1))
