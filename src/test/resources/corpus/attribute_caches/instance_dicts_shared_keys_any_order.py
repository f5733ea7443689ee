class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

p = P(1, 2)
q = P(3, 4)
print(p.__dict__, q.__dict__)
q.c = 5
print(vars(q), vars(p))
r = P(6, 7)
r.c = 8
print(r.__dict__, list(r.__dict__))
del r.a
print(r.__dict__)
r.a = 9
print(r.__dict__, r.a, r.b, r.c)
s = P.__new__(P)
s.b = 1
s.a = 2
print(s.__dict__)
t = P(1, 1)
t.__dict__['z'] = 3
t.__dict__[5] = 6
print(t.__dict__, t.z)
u = P(0, 0)
u.__dict__.clear()
print(u.__dict__)
u.b = 4
print(u.__dict__)
class S(str):
    pass
v = P(1, 2)
v.__dict__[S('a')] = 10
print(v.__dict__, v.a)
w = P(1, 2)
print(w.__dict__ == {'a': 1, 'b': 2}, {'b': 2, 'a': 1} == w.__dict__)
for k in w.__dict__:
    w.__dict__[k] = 0
print(w.__dict__)
try:
    for k in w.__dict__:
        w.newattr = 1
except RuntimeError as e:
    print(e)
x = P(1, 2)
print(x.__dict__.popitem(), x.__dict__)
class Many:
    pass
m = Many()
for i in range(40):
    setattr(m, 'a%d' % i, i)
print(len(m.__dict__), m.a0, m.a39, list(m.__dict__)[-2:])
m2 = Many()
for i in range(39, -1, -1):
    setattr(m2, 'a%d' % i, i)
print(list(m2.__dict__)[:3], m2.a5)
class Q:
    def __init__(self):
        self.x = 1
    def x2(self):
        return self.x * 2
o = Q()
print(o.x2())
o.x2 = lambda: 'shadow'
print(o.x2())
del o.x2
print(o.x2())
o.__class__ = P
print(o.__dict__, o.__class__.__name__)
o.a = 1
print(o.__dict__)
print(P(1, 2).__dict__.copy(), dict(P(3, 4).__dict__), {**P(5, 6).__dict__})
print(repr(P(1, [2]).__dict__), reversed(P(1, 2).__dict__).__next__())
print(sorted(P(2, 1).__dict__.items()), list(P(2, 1).__dict__.values()))
print('a' in P(1, 2).__dict__, 'c' in P(1, 2).__dict__, 1 in P(1, 2).__dict__)
