class Temperature:
    scale = "C"
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe(x):
        return f"static {x}"

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(Temperature.from_f(212).celsius, t.from_f(32).celsius)
print(Temperature.describe(1), t.describe(2))
print(type(Temperature.__dict__["from_f"]).__name__, type(Temperature.__dict__["describe"]).__name__)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
print(Temperature.from_f.__self__ is Temperature)
