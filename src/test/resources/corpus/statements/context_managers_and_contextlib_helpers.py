import contextlib
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, type(tb).__name__)
        return isinstance(exc, KeyError)
with Resource("a") as a, Resource("b") as b:
    print("inside", a.name, b.name)
with Resource("c"):
    raise KeyError("swallowed")
print("after swallow")
try:
    with Resource("d"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
depth = [0]
@contextlib.contextmanager
def indented(label):
    depth[0] += 1
    print("  " * depth[0] + "begin " + label)
    try:
        yield depth[0]
    finally:
        print("  " * depth[0] + "end " + label)
        depth[0] -= 1
with indented("outer") as level:
    with indented("inner") as inner_level:
        print("levels", level, inner_level)
try:
    with indented("failing"):
        1 / 0
except ZeroDivisionError:
    print("zde")
with contextlib.suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(Resource(n))
    print("stacked")
from contextlib import nullcontext, closing
with nullcontext(5) as v:
    print(v)
class Closable:
    def close(self): print("closed!")
with closing(Closable()):
    print("using")
