d = {"one": 1, "two": 2}
d["three"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("two"), d.get("four"), d.get("four", 4), d.setdefault("four", 4), d.setdefault("one", 100))
print(d.pop("one"), d.pop("missing", "dflt"), d)
print(d.popitem(), d)
d.update({"two": 22, "five": 5}, six=6)
print(d)
d["two"] = "re-assigned keeps position"
print(list(d))
del d["two"]
d["two"] = "re-inserted goes last"
print(list(d))
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys("ab", 0), dict(a=1) == {"a": 1}, {1: "a"} | {2: "b"})
m = {1: "int", 1.0: "float", True: "bool"}
print(m)
print(len(d), "five" in d, "five" in d.values(), d.copy() == d)
view = d.keys()
d["late"] = 1
print(len(view), list(view)[-1])
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted({"b": 1, "a": 2}.items()), {} == dict(), repr({}))
