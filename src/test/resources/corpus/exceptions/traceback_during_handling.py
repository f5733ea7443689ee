def parse(s):
    return int(s)
def load(items):
    out = []
    for it in items:
        try:
            out.append(parse(it))
        except ValueError:
            out.append(None)
            helper = {}["missing"]
    return out
load(["1", "x"])
