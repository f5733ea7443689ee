class Logged:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, value):
        print("__init__", value)
        self.value = value

obj = Logged(5)
print(obj.value)

class Other:
    pass

class Factory:
    def __new__(cls):
        print("Factory.__new__ returns an Other")
        return Other()
    def __init__(self):
        print("Factory.__init__ never runs")

made = Factory()
print(type(made).__name__)

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self):
        print("init runs every time")

a, b = Singleton(), Singleton()
print(a is b)

class Sub(Logged):
    pass

s = Sub("sub")
print(type(s).__name__, s.value)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object()
    object(1)
except TypeError as e:
    print("TypeError:", e)
