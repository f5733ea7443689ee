# Hooks and descriptors installed after a site has run take effect at that site.
class Thing:
    pass


t = Thing()
t.present = "here"
out = []
for i in range(6):
    try:
        out.append(t.missing)
    except AttributeError as e:
        out.append("AttributeError")
    out.append(t.present)
    if i == 1:
        Thing.__getattr__ = lambda self, name: "getattr:" + name
    if i == 3:
        Thing.present = property(lambda self: "property wins")
print(out)


# A descriptor class that gains __set__ later becomes a data descriptor for every instance.
class Desc:
    def __get__(self, obj, cls):
        return "Desc.__get__"


class Holder:
    attr = Desc()


h = Holder()
h.__dict__["attr"] = "instance value"
seen = []
for i in range(4):
    seen.append(h.attr)
    if i == 1:
        Desc.__set__ = lambda self, obj, value: None
print(seen)


# __setattr__ added on a base class intercepts stores at a site that already ran.
class Base:
    pass


class Sub(Base):
    pass


s = Sub()
log = []
for i in range(4):
    s.value = i
    if i == 1:
        Base.__setattr__ = lambda self, name, value: log.append((name, value))
print(s.__dict__, log)
