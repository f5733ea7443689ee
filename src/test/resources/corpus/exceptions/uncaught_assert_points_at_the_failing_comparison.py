# An assert's AssertionError carries the location CPython 3.11's compiler leaves after the test:
# the last comparison it evaluated (carets under it, also through not/and/or), the whole
# statement otherwise (no carets). Each handler runs the next check, so the chain shows all.
x = 0


def positive(n):
    assert n > 0, "n must be positive"


def equals():
    assert x == 1


def truthy():
    assert x


def either():
    assert x is None or x > 1


def negated():
    assert not (x < 5)


def typed():
    assert isinstance(x, str), f"got {type(x).__name__}"


def chained():
    assert 0 < x < 5 and True


def multiline():
    assert (x
            == 1), "split over lines"


checks = [lambda: positive(-1), equals, truthy, either, negated, typed, chained, multiline]


def run(index):
    if index == len(checks) - 1:
        checks[index]()
    try:
        checks[index]()
    except AssertionError as e:
        print(index, "AssertionError:", e)
        run(index + 1)


run(0)
