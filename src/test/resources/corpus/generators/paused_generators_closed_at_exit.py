def worker(name):
    try:
        while True:
            x = yield
            print(name, "got", x)
    finally:
        print(name, "cleanup")
a = worker("a"); next(a); a.send(1)
b = worker("b"); next(b)
_c = worker("_c"); next(_c)
never = worker("never")
pool = [worker("p1"), worker("p2")]
for p in pool:
    next(p)
class Holder:
    def __init__(self):
        self.g = worker("held"); next(self.g)
h = Holder()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
def raiser():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
r = raiser(); next(r)
done = worker("done"); next(done); done.close()
print("end of program")
