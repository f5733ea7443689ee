# gi_code is the function's code object; gi_yieldfrom / cr_await name the iterator a suspended
# yield from / await waits on (None otherwise)
def inner():
    yield 1
    yield 2

def outer():
    yield "start"
    yield from inner()
    return "done"

g = outer()
print(g.gi_code.co_name, g.gi_code.co_varnames, g.gi_code is not None)
print(next(g), g.gi_yieldfrom)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
print(next(g), g.gi_yieldfrom.gi_code.co_name)
print(list(g), g.gi_yieldfrom, g.gi_code.co_name)

import types

@types.coroutine
def tick():
    yield "tick"

async def job():
    await tick()
    return 1

c = job()
print(c.cr_code.co_name, c.cr_await)
print(c.send(None), c.cr_await.__name__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, c.cr_await)
