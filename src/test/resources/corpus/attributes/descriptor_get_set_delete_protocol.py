class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on {objtype.__name__}>"
        return obj.__dict__.get(self.name, "missing")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)

class User:
    age = Typed(int)
    name = Typed(str)

u = User()
print(u.age, User.age)
u.age = 30
u.name = "ada"
print(u.age, u.name)
try:
    u.age = "old"
except TypeError as e:
    print("TypeError:", e)
del u.age
print(u.age)
class OnlyDelete:
    def __delete__(self, obj):
        print("only delete")
class H:
    x = OnlyDelete()
h = H()
try:
    h.x = 1
except AttributeError as e:
    print("AttributeError:", e)
del h.x
