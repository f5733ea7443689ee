a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
print(3 in a, 3 not in a, 1 in (1, 2), "ell" in "hello", "" in "abc")
d = {"k": 1}
print("k" in d, 1 in d, 1 in d.values())
print(2 in range(0, 10, 2), 3 in range(0, 10, 2))
print([1] in [[1], [2]], (1,) in {(1,): 0})
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan])
