class Fallback:
    real = "real value"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name}")

f = Fallback()
print(f.real)
print(f.dyn_thing)
print(getattr(f, "missing", "default"))
print(hasattr(f, "other"))

class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("__getattribute__", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback {name}"

s = Spy()
print(s.x)
print(s.nothing)

class Broken:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return "rescued " + name
print(Broken().anything)
