# contextlib: @contextmanager runs the generator up to its yield on entry and resumes it on exit
# (an exception from the block is raised at the yield: the generator may handle it, suppress it
# or let it through); suppress, closing, nullcontext, ExitStack; errors for misbehaving generators.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)


@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", repr(e))


with swallow(KeyError):
    {}["missing"]
print("after swallow")
try:
    with swallow(KeyError):
        raise ValueError("not mine")
except ValueError as e:
    print("passed through:", e)


@tag("section")
def decorated():
    print("decorated body")


decorated()
decorated()


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed", suppress(ValueError).__exit__(ValueError, ValueError(), None),
      suppress(ValueError).__exit__(None, None, None))


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)
with nullcontext(42) as value:
    print("nullcontext gave", value)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
    stack.callback(print, "callback runs first")
    print("entered", names)
try:
    with ExitStack() as stack:
        stack.enter_context(tag("x"))
        stack.push(lambda *exc: print("push sees", exc[0].__name__))
        raise IndexError("in stack")
except IndexError as e:
    print("IndexError:", e)
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError:", e)
