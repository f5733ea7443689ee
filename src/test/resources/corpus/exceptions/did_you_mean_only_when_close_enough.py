# The suggestion is the closest candidate within about a third of the characters changed (a
# case change costs half); ties go to the first candidate; no suggestion when nothing is close.
# str(e) never contains it: only the printed traceback. Each handler runs the next source, so
# the uncaught chain prints every verdict.
def run(sources):
    source = sources[0]
    if len(sources) == 1:
        exec(source, {"value": 1, "values": [1], "Value": 2, "counter": 0})
        return
    try:
        exec(source, {"value": 1, "values": [1], "Value": 2, "counter": 0})
    except (NameError, AttributeError) as e:
        print(f"{source:10} str(e) = {e}")
        run(sources[1:])


def unbound():
    print(item)
    item = 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError (no name, no suggestion):", e)
run(["valeu", "VALUE", "vlaues", "cuonter", "xyz", "countr", "counter_", "len_", "Len",
     "[].apend", "[].sortt", "'s'.uper", "{}.get_", "(1).real_", "len.__nmae__"])
