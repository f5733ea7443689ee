class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("__prepare__", name, kw)
        return {"injected": "from prepare"}
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        instance = super().__call__(*args, **kwargs)
        print("instance made")
        return instance

class Thing(metaclass=Meta, flavour="spicy"):
    def __init__(self, v):
        print("Thing.__init__", v)
        self.v = v

print(Thing.injected, type(Thing).__name__)
t = Thing(3)
print(t.v)

class SubThing(Thing):
    pass

print(type(SubThing) is Meta)
