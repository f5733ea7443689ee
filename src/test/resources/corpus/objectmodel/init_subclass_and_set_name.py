class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin):
    pass

class Beta(Plugin, name="b"):
    pass

class Gamma(Beta):
    pass

print(Plugin.registry, Gamma.plugin_name)

class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)

class Record:
    first = Field()
    second = Field()

r = Record()
r.first = 1
print(r.first, r.second, Record.first.name, sorted(vars(r)))
try:
    class Bad(Plugin, unexpected=1):
        pass
except TypeError as e:
    print("TypeError:", e)
