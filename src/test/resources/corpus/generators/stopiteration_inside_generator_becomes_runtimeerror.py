def leaky():
    yield 1
    raise StopIteration("leaked")

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def uses_next_on_empty():
    it = iter([])
    yield next(it)

try:
    next(uses_next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)

def running_check():
    yield g.send(None)
g = running_check()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
