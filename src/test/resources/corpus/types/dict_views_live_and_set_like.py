d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["c"] = 3
print(list(keys), list(values), list(items), len(items))
print(sorted(keys & {"a", "z"}), sorted(keys | {"z"}), sorted(keys - {"a"}), ("b", 2) in items, 2 in values)
print(keys == {"a", "b", "c"}, type(keys).__name__, type(values).__name__, type(items).__name__)
print(list(reversed(d)), list(reversed(d.items())))
del d["a"]
print(list(keys))
print({k: v for k, v in items}, dict(items) == d)
print(values == values, list(d.values()) == [2, 3])
