class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIterator(self.start)

class CountdownIterator:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

cd = Countdown(3)
print(list(cd), list(cd))
it = iter(cd)
print(next(it), next(it), next(it), next(it, "exhausted"))
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
a, b = Countdown(2)
print(a, b)
print(3 in Countdown(5), 9 in Countdown(5))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
