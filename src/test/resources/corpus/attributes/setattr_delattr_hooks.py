class Audited:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

a = Audited()
a.x = 1
a.y = "two"
setattr(a, "z", 3.0)
del a.x
delattr(a, "y")
print(a.log)
print(vars(a))

class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")
r = ReadOnly()
try:
    r.a = 1
except AttributeError as e:
    print("AttributeError:", e)
object.__setattr__(r, "a", 1)
print(r.a)
