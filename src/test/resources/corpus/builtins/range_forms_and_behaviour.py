print(list(range(5)), list(range(2, 6)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 20, 4)
print(r, len(r), r[2], r[-1], r[1:3], 9 in r, 10 in r, r.index(13), r.count(5))
print(range(3) == range(0, 3, 1), range(0) == range(5, 5), repr(range(-2, 2)))
print(list(range(-5, -10, -2)), list(reversed(range(3))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
big = range(10**20)
print(len(range(0, 10**6, 7)), big[-1], 10**19 in big)
