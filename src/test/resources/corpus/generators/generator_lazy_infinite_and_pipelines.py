def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    for _, v in zip(range(n), it):
        yield v

def evens(it):
    return (v for v in it if v % 2 == 0)

print(list(take(5, evens(naturals()))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(12, fib())))
g = naturals()
print(next(g), next(g), g.gi_running, g.gi_frame is not None)
def one_shot():
    yield 1
    return
o = one_shot()
print(list(o), list(o))
def return_in_middle():
    yield "a"
    return "early"
    yield "never"
print(list(return_in_middle()))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")
held = gen_with_finally()
for v in held:
    print(v)
    break
print("after break, generator still suspended")
held.close()
print("after close")
