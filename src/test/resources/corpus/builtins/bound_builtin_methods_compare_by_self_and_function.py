# A bound builtin method is made anew at each access, but two of them are equal when they bind
# the same function to the same object (CPython's meth_richcompare), and hash alike.
l = []
m = []
print(l.append == l.append, l.append is l.append, l.append != l.append)
print(l.append == m.append, l.append == l.extend, l.append != m.append)
print(hash(l.append) == hash(l.append))
print(len(({l.append, l.append, m.append, l.pop})))
d = {}
print(d.get == d.get, d.get == {}.get)
print((1).__add__ == (1).__add__, "a".upper == "a".upper)
print(len == len, len != print, print == print)
print(l.append == 5, l.append.__eq__(5))
class A:
    def f(self):
        pass
a = A()
print(a.f == a.f, a.f == A().f, l.append == a.f)
