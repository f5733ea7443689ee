import itertools
objs = {"str": "abc", "list": [1], "dict": {1: 2}, "set": {1}, "tuple": (1,), "bytes": b"ab", "int": 1, "float": 1.0}
for tn, o in objs.items():
    for name in sorted(dir(o)):
        if name.startswith("_"): continue
        m = getattr(o, name)
        for n in range(0, 5):
            try:
                m(*(["a"] * n))
            except TypeError as e:
                s = str(e)
                if "argument" in s and ("take" in s or "expected" in s or "missing" in s):
                    print(tn, name, n, s)
            except Exception as e:
                pass
