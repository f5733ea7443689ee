class Thing:
    pass

t = Thing()
for target, name in [(t, "missing"), (Thing, "missing"), (5, "nope"), ("s", "nope"), (None, "x"), ([], "push")]:
    try:
        getattr(target, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(t, 5)
except TypeError as e:
    print("TypeError:", e)
