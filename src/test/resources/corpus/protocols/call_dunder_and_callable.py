class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times

add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder), callable(5))
print(list(map(Adder(1), [1, 2, 3])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    number = 5
    number()
except TypeError as e:
    print("TypeError:", e)
try:
    text = "x"
    text(1)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __call__(cls, *a):
        return f"constructed {cls.__name__}{a}"
class Odd(metaclass=Meta):
    pass
print(Odd(1, 2))
