# exc.__traceback__ is None until raised, then a traceback whose tb_lineno/tb_next walk the
# frames; assigning it (or with_traceback) replaces what the printed traceback shows, which is
# how contextlib hides its own frames.
from contextlib import contextmanager


def fail():
    raise ValueError("deep")


def middle():
    fail()


e = ValueError("fresh")
print(e.__traceback__)
try:
    middle()
except ValueError as err:
    tb = err.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("lines:", lines, type(err.__traceback__).__name__)
    saved = err.__traceback__
try:
    raise KeyError("k").with_traceback(None)
except KeyError as k:
    print("with_traceback(None) then raised:", k.__traceback__.tb_lineno)


@contextmanager
def managed():
    print("enter")
    try:
        yield
    finally:
        print("exit")


def work():
    with managed():
        raise ValueError("boom in the block")


try:
    work()
except ValueError:
    again = RuntimeError("replayed")
    raise again.with_traceback(saved)
