# A bad format spec's ValueError names the formatted object's type, and a thousands separator
# is refused for presentation types that have no digits to group.
x = 1
for make in [lambda: f"{x:abc}", lambda: f"{1:abc}", lambda: format(1, "abc"), lambda: "{:abc}".format(1),
             lambda: f"{1.5:abc}", lambda: f"{'s':abc}", lambda: f"{'s':d}", lambda: f"{x:,s}"]:
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)
for spec in [",", "_", ",d", "_x", ",x", "_b", ",n", ",c", ",s", ",.2f", "_g", ",%", "_o", ",e"]:
    for v in [1234567, 1234567.5, "abc"]:
        try:
            print(f"format({v!r}, {spec!r}) = {format(v, spec)!r}")
        except ValueError as e:
            print(f"format({v!r}, {spec!r}): ValueError: {e}")
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
