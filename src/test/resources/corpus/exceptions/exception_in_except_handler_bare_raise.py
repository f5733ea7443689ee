def risky():
    try:
        raise ValueError("bad value")
    except ValueError as err:
        print("handling", err)
        raise

try:
    risky()
except ValueError as e:
    print("outer caught", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
import sys
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
print(sys.exc_info())
