import numbers
for v in [1, True, 2.5, 1j, "x", None, 10**30]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational), numbers.Integral.__mro__)
class MyNum(numbers.Real):
    pass
try:
    MyNum()
except TypeError as e:
    print("TypeError", str(e)[:60])
print(numbers.Number.__module__, numbers.Real.__name__, type(numbers.Number))
