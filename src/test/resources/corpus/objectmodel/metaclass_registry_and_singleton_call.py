class Registry(type):
    classes = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes[name.lower()] = cls
        return cls

class Handler(metaclass=Registry):
    pass

class JsonHandler(Handler):
    pass

class XmlHandler(Handler):
    pass

print(sorted(Registry.classes), type(XmlHandler).__name__, isinstance(JsonHandler, Registry))

class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=SingletonMeta):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, b.value)
print(Config.__class__.__name__, Config.__class__.__mro__)
class Upper(type):
    def __new__(mcs, name, bases, ns):
        renamed = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        return super().__new__(mcs, name, bases, renamed)
class Shout(metaclass=Upper):
    greeting = "hi"
    def talk(self):
        return "talking"
print(Shout.GREETING, Shout().TALK(), hasattr(Shout, "greeting"))
