# Generates random class hierarchies (some inconsistent) and records CPython's verdict:
# the __mro__ of every class created, and the TypeError text of the first class that fails.
# Run from the repository root: python3 src/test/resources/mro/generate_random_hierarchies.py
import json
import random

random.seed(20261126)
cases = []
for n in range(600):
    k = random.randint(3, 10)
    ns = {}
    order = []
    classes = []
    error = None
    for i in range(k):
        name = f"C{i}"
        pool = list(ns)
        nb = random.choice([0, 1, 1, 2, 2, 2, 3, 3, 4]) if pool else 0
        bases = random.sample(pool, min(nb, len(pool)))
        if random.random() < 0.75:
            # most derived first (usually consistent), by position in creation order
            bases.sort(key=lambda b: -order.index(b))
        if pool and random.random() < 0.03:
            bases.append(random.choice(pool))  # a duplicate base, now and then
        if random.random() < 0.05:
            bases.insert(random.randrange(len(bases) + 1), "object")
        classes.append([name, bases])
        try:
            cls = type(name, tuple(object if b == "object" else ns[b] for b in bases), {})
        except TypeError as e:
            error = str(e)
            break
        ns[name] = cls
        order.append(name)
    case = {"classes": classes, "mros": {c: [m.__name__ for m in ns[c].__mro__] for c in order}}
    if error is not None:
        case["error"] = error
    cases.append(case)
with open("src/test/resources/mro/random_hierarchies.json", "w") as f:
    json.dump(cases, f, indent=1)
print(len(cases), "hierarchies,", sum(1 for c in cases if "error" in c), "ending in a TypeError")
