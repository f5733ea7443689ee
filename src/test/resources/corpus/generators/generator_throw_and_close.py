def worker():
    try:
        while True:
            try:
                value = yield
                print("working on", value)
            except ValueError as e:
                print("recovered from", e)
                yield "recovered"
    finally:
        print("cleanup")

w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.close()
print("closed")
w.close()
try:
    w.send(2)
except StopIteration:
    print("send after close raises StopIteration")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses to stop"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def untouched():
    yield 1
u = untouched()
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("thrown into unstarted generator:", repr(e))
print(next(u, "exhausted"))
