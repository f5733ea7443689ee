class Base:
    def who(self):
        return "Base"
    def only_base(self):
        return "only in Base"

class Left(Base):
    def who(self):
        return "Left"

class Right(Base):
    def who(self):
        return "Right"
    def only_right(self):
        return "Right.only_right"

class Child(Left, Right):
    pass

class OtherChild(Right, Left):
    pass

c = Child()
print(c.who(), c.only_right(), c.only_base())
print(OtherChild().who())
print([k.__name__ for k in Child.__mro__])
print([k.__name__ for k in OtherChild.mro()])
print(Child.__bases__, Child.__base__, Left.__base__)
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
