lst = [1, 2]
lst.append(lst)
print(lst)
d = {"self": None}
d["self"] = d
print(d)
print([[], [[]], {"a": [1, {"b": (2,)}]}])
print((1, [2, (3, {4})]), [None, True, False, ..., NotImplemented])
print(["quote's", 'dq"', "\n"], {"k": "v"}, {1: 1.0, 2.5: "x"})
print([1.0, 1e100, -0.0, float("inf")])
