def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

def same_size_swap():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        if len(seen) > 10:
            break
        del d[k]
        d[k + 10] = 1
    return seen, d

def grow():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
    return d

def shrink():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
    return d

def value_change():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 5
    return d

def items_swap():
    d = {'a': 1, 'b': 2}
    out = []
    for k, v in d.items():
        out.append((k, v))
        if len(out) > 5:
            break
        del d[k]
        d[k * 2] = v
    return out, d

def values_swap():
    d = {'a': 1, 'b': 2}
    out = []
    for v in d.values():
        out.append(v)
        if len(out) > 5:
            break
        d.pop(next(iter(d)))
        d['z' * v] = v
    return out, d

def sticky():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[3] = 3
    msgs = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            msgs.append(str(e))
        except StopIteration:
            msgs.append("stop")
    return msgs

def rev():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[k + 5] = 0
    return d

def popitem_order():
    d = {}
    for i in range(5):
        d[i] = i
    del d[2]
    d[2] = 'x'
    return d.popitem(), d.popitem(), d

def reinsert_order():
    d = dict.fromkeys("abcde")
    del d["b"]
    d["b"] = 1
    d["a"] = 2
    return list(d), d

def many():
    d = {}
    for i in range(1000):
        d[str(i)] = i
    for i in range(0, 1000, 3):
        del d[str(i)]
    return len(d), list(d)[:5], list(d)[-3:], sum(d.values())

def eq():
    class K:
        def __init__(self, v): self.v = v
        def __hash__(self): return hash(self.v)
        def __eq__(self, o): return isinstance(o, K) and o.v == self.v
        def __repr__(self): return "K(%r)" % self.v
    a = {K(1): 1, 1.0: 'f', 2: 'i'}
    b = {2: 'i', K(1): 1, 1: 'f'}
    return a == b, a != b, {1: 1} == {1: 1.0}, {1: 2} == {1: 1}, a, b, a[1], K(1) in b

def nan():
    n = float('nan')
    d = {n: 1}
    return d[n], n in d, float('nan') in d, {n: 1} == {n: 1}

for name, fn in list(globals().items()):
    if callable(fn) and name != "attempt":
        attempt(name, fn)
