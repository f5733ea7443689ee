class Shelf:
    def __init__(self, *books):
        self.books = list(books)
    def __iter__(self):
        return iter(self.books)

target = [0]
target.extend((1, 2))
target.extend({3})
target.extend(range(4, 6))
target.extend(x * 10 for x in (6, 7))
target.extend(Shelf("a", "b"))
target.extend("cd")
target.extend({"key": "value"})
print(target)
class Duck:
    def speak(self):
        return "quack"
class Robot:
    def speak(self):
        return "beep"
for thing in (Duck(), Robot()):
    print(type(thing).__name__, thing.speak())
print(sum(Shelf(1, 2, 3)), sorted(Shelf(3, 1, 2)), list(zip(Shelf("x", "y"), Shelf(1, 2))))
print(", ".join(Shelf("p", "q")), dict.fromkeys(Shelf("k1", "k2")), set(Shelf(1, 1)) == {1})
try:
    target.extend(5)
except TypeError as e:
    print("TypeError:", e)
