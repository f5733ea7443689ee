# A hot STORE_ATTR site updates existing attributes in place: the instance
# __dict__ keeps its insertion order, a new name is appended, and direct
# mutation of __dict__ (delete, re-add, replacement) is seen by the same sites.
class P:
    def __init__(self):
        self.a = 0
        self.b = 0
        self.c = 0

    def bump(self, k):
        self.a += k
        self.b = self.b + k
        return self


def run(p, n):
    for i in range(n):
        p.bump(i)
    return p


p = run(P(), 1000)
print(list(vars(p).items()))
p.z = 'new'
run(p, 10)
print(list(p.__dict__))

del p.__dict__['a']
try:
    p.bump(1)
except AttributeError as e:
    print('AttributeError:', e)
p.__dict__['a'] = 5
run(p, 3)
print(list(vars(p).items()))

p.__dict__ = {'b': 1, 'a': 2}
run(p, 2)
print(vars(p))

q = run(P(), 5)
q.__dict__.clear()
q.b = 7
q.a = 1
run(q, 2)
print(vars(q))
