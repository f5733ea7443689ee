def generator_forms():
    x = yield
    y = yield #x
    z = yield from y
    yield x, y
    return(yi
