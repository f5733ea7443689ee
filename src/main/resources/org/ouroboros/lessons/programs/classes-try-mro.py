# 练习 / Try it: the MRO of a new hierarchy (chapter 3)
class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


class E(C):
    pass


class F(D, E):
    pass
