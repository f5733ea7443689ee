class Recorder:
    def __init__(self):
        self.data = list(range(10))
    def __getitem__(self, key):
        print("get", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]

r = Recorder()
print(r[2], r[-1], r[1:4], r[::3], r[::-4])
r[0] = "zero"
r[1:3] = ["a", "b", "c"]
del r[::2]
print(r.data)
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1, 2], g[1:2, ::3], g[...], g["k"])
try:
    pair = (1, 2)
    pair["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1][5]
except IndexError as e:
    print("IndexError:", e)
try:
    number = 5
    number[0]
except TypeError as e:
    print("TypeError:", e)
