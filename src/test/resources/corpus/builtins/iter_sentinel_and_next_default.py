values = [3, 2, 1, 0, 5]
position = 0
def read():
    global position
    position += 1
    return values[position - 1]
print(list(iter(read, 0)))
it = iter([1])
print(next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
g = (x for x in [])
print(next(g, "empty generator"))
counter = iter(range(3))
print(list(counter), list(counter))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
