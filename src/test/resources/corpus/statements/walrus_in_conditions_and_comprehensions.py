data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
values = iter(data)
total = 0
while (v := next(values, None)) is not None:
    total += v
print(total)
squares = [y for x in data if (y := x * x) > 10]
print(squares, y)
print([last := i for i in range(3)], last)
def f():
    if any((hit := w) > 5 for w in data):
        return hit
print(f())
print((z := 10) + z)
