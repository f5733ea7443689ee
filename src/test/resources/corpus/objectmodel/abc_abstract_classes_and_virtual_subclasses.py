# abc: a class with abstract methods cannot be instantiated until a subclass overrides them all
# (the error names them, sorted); abstract properties/classmethods count; register() makes a
# virtual subclass; __subclasshook__ decides issubclass for duck types.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name}: area {self.area()}, perimeter {self.perimeter()}"


class HalfDone(Shape):
    def area(self):
        return 0


class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side

    @property
    def name(self):
        return "square"


print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe(), isinstance(Square(1), Shape), type(Shape), type(ABC))


class Plugin(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def create(cls):
        ...


try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Sized:
            return any("__len__" in c.__dict__ for c in other.__mro__)
        return NotImplemented


class Drawable(ABC):
    pass


class Circle:
    pass


Drawable.register(Circle)
print(issubclass(list, Sized), isinstance("abc", Sized), issubclass(int, Sized), isinstance(3, Sized))
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), Circle.__mro__, Drawable.register(Circle) is Circle)
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)
