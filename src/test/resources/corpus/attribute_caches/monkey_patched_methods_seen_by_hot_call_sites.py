# A call site that has already run (and cached its lookup) must see methods replaced on the
# class, on a base class, added to a subclass later, and removed again.
class Base:
    def greet(self):
        return "Base.greet"


class Child(Base):
    pass


def call_many(obj, n):
    return [obj.greet() for _ in range(n)]


c = Child()
print(call_many(c, 2))
Base.greet = lambda self: "patched on Base"
print(call_many(c, 2))
Child.greet = lambda self: "defined on Child"
print(call_many(c, 2))
del Child.greet
print(call_many(c, 2))
c.greet = lambda: "instance attribute shadows the method"
print(call_many(c, 2))
del c.greet
print(call_many(c, 2))
del Base.greet
try:
    call_many(c, 1)
except AttributeError as e:
    print("AttributeError:", e)

# The same for a plain attribute read in a loop.
class Config:
    level = 1


cfg = Config()
seen = []
for i in range(6):
    seen.append(cfg.level)
    if i == 1:
        Config.level = 2
    if i == 3:
        cfg.level = "own"
print(seen)
