class Shape:
    def __init__(self, size):
        self._size = size

    @property
    def area(self):
        return self._size ** 2

    @property
    def name(self):
        return "shape"

class Circle(Shape):
    @property
    def area(self):
        return round(3.14159 * self._size ** 2, 2)

class Labelled(Shape):
    @Shape.name.getter
    def name(self):
        return "labelled " + super().name

    @name.setter
    def name(self, value):
        self._label = value

print(Shape(2).area, Circle(2).area, Labelled(3).area)
lab = Labelled(1)
print(lab.name)
lab.name = "x"
print(lab._label, lab.name)
try:
    Circle(1).name = "nope"
except AttributeError as e:
    print("AttributeError:", e)
print(type(Labelled.__dict__["name"]).__name__, Labelled.name.fset is not None, Shape.name.fset)
p = property(lambda self: 42, doc="answer")
class Holder:
    answer = p
print(Holder().answer, Holder.answer.__doc__)
