def echo():
    print("started")
    received = yield "first"
    while received != "stop":
        print("got", received)
        received = yield received.upper()
    return "finished"

g = echo()
print(type(g).__name__, g.__name__)
print(next(g))
print(g.send("hello"))
print(g.send("world"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("exhausted again:", e.value)

def counter():
    n = yield
    print("n =", n)
c = counter()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
print(c.send(None))
try:
    c.send(7)
except StopIteration as e:
    print("done", e.value)
