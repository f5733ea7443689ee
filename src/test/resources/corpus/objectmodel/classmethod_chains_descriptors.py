# 3.11's classmethod binds a wrapped descriptor to the class (classmethod(property(f)) reads as
# a class property); classmethod.__get__ called by hand
class CM:
    @classmethod
    @property
    def cp(cls):
        return "classprop " + cls.__name__

class Sub(CM):
    pass

print(CM.cp, Sub.cp, CM().cp)

class Tagged:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, owner=None):
        return f"Tagged bound to {obj.__name__ if isinstance(obj, type) else obj!r} via {owner.__name__}"

class Host:
    t = classmethod(Tagged(None))
    @classmethod
    def plain(cls):
        return cls.__name__

print(Host.t)
print(Host.plain(), Host.__dict__["plain"].__get__(None, Sub)(), Host.__dict__["plain"].__get__(Host())())
try:
    Host.__dict__["plain"].__get__(None, None)
except TypeError as e:
    print(e)
cm = classmethod(lambda c: c)
print(cm.__get__(None, int)(), cm.__func__.__name__)
