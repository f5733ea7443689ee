print("before class")

class Demo:
    print("class body runs at definition time")
    x = 1
    y = x + 1
    def method(self):
        return Demo.y
    print("names so far:", sorted(k for k in locals() if not k.startswith("__")))
    class Inner:
        print("inner body")
        z = 3
    del x

print("after class")
print(hasattr(Demo, "x"), Demo.y, Demo().method(), Demo.Inner.z, Demo.Inner.__qualname__)
print(Demo.__module__, Demo.__name__, Demo.__dict__["__module__"])

def factory(tag):
    class Made:
        label = tag
        def show(self):
            return self.label
    return Made

A, B = factory("a"), factory("b")
print(A is B, A().show(), B().show(), A.__qualname__)
class WithDoc:
    "the docstring"
    __slots__ = ()
print(WithDoc.__doc__, WithDoc.__dict__.get("__doc__"))
