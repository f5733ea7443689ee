a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), a == c)
b.append(3)
print(a, c)
def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    return lst
r = mutate(a)
print(a, r)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
good = [[0] * 2 for _ in range(2)]
good[0][0] = 1
print(good)
t = (a,)
a.append("via tuple")
print(t)
class Obj:
    pass
o1, o2 = Obj(), Obj()
print(o1 is o2, o1 == o2, o1 != o2, id(o1) == id(o1))
