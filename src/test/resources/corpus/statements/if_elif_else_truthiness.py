def classify(v):
    if v is None:
        return "none"
    elif not v:
        return "falsy " + repr(v)
    elif isinstance(v, int) and v > 100:
        return "big"
    else:
        return "truthy " + repr(v)

for v in [None, 0, 0.0, "", [], {}, (), set(), 1, "x", [0], 101, -1]:
    print(classify(v))
x = 5
if x > 3: print("one-line if")
if x < 3:
    print("no")
else:
    if x == 5:
        print("nested")
