class Person:
    """人类"""
    name = "user"
    def __init__(self, age):
        self.age = age
        self.__secret = "s"
        self._protected = "p"
    def __private(self):
        return "private"
    def greet(self):
        return self.__private()
class Student(Person):
    def __init__(self, school):
        super().__init__(18)
        self.school = school

s = Student("MIT")
print(s.__dict__)
print(Person.__dict__.keys())
print(Student.__dict__)
print(dir(s))
print(dir(Student))
print(vars(s))
print(s._Person__secret, s._Person__private(), s.greet())
try:
    s.__private()
except AttributeError as e:
    print(e)
try:
    s.__secret
except AttributeError as e:
    print(e)
print(Person.__doc__, Student.__doc__, Person.__name__, Person.__qualname__, Person.__module__)
print(Student.__bases__, Student.__base__, Person.__subclasses__())
print(isinstance(s, Person), issubclass(Student, object), type(s) is Student)
print(type(Person), type(type), type(object), object.__bases__, type.__bases__)
print(type(1), type("a"), type([]), type(None), type(print), type(len), type(s.greet), type(Person.greet))
print(s.greet, Person.greet)
print(int.__mro__, bool.__mro__, type(int.__dict__["__add__"]), int.__add__)
print(object.__class__, object.__class__.__class__)
print(callable(s), callable(Person), hasattr(s, "age"), getattr(s, "nope", "default"))
setattr(s, "dyn", 1); delattr(s, "dyn")
print(hasattr(s, "dyn"))
a = [1, 2]
a.extend((3, 4)); a.extend({5}); a.extend(range(6, 8)); a.extend("ab"); a.extend({"k": 1})
print(a)
class Dog:
    def say(self): print("woof")
class Cat:
    def say(self): print("meow")
for animal in [Dog(), Cat()]:
    animal.say()
print(Person.__init__, Person.__dict__["greet"], Person.__init__.__code__.co_varnames)
print(sorted(Person.__dict__), len(dir(object)))
print(dir(object))
