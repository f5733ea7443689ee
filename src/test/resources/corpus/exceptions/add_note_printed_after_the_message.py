# 3.11's BaseException.add_note: notes collect in __notes__ and the traceback prints each one
# on its own line(s) after the exception's message, also for chained exceptions.
e = ValueError("x")
e.add_note("a note")
e.add_note("second\nline")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)


def load(config, key):
    try:
        return config[key]
    except KeyError as missing:
        missing.add_note(f"while reading {key!r} from a config of {len(config)} keys")
        raise


try:
    load({}, "port")
except KeyError as k:
    print(repr(k), k.__notes__)
    raise RuntimeError("cannot start") from k
