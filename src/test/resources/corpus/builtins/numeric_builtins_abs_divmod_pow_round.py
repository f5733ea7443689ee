print(abs(-5), abs(-2.5), abs(-0.0), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3), pow(2, 0.5))
print(pow(38, -1, 97))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(7), type(round(7.6)), round(7.6), type(round(7.6, 0)), round(7.6, 0))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101), 1000))
print(min(3, 1, 2), max([4, 9, 1]), min("bca"), max("a", "B"))
print(max([], default="empty"), min([3, -4, 2], key=abs), max(["aa", "b", "ccc"], key=len))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(hash(1) == 1, hash(-1), hash(0), hash(2**61 - 1), hash(2**61), hash(True))
print(hash(1.0) == hash(1), hash(0.5))
