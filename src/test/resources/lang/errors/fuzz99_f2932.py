elif :
   pass


def gen():
    yield
    yield 1
    x = yield 2
    yield from range(3)
    return 4

