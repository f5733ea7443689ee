# repr(super(...)) names the classes by their plain type names, as CPython's super_repr does.
class Base:
    pass


class Child(Base):
    def show(self):
        return repr(super())


class Outer:
    class Inner(Child):
        pass


c = Child()
print(c.show(), repr(super(Child, c)), repr(super(Child)), repr(super(Base, Child)))
print(repr(super(Outer.Inner, Outer.Inner())), repr(super(int, 3)), repr(super(object, Base())))
