# Assigning to __bases__ recomputes the MRO of the class and its subclasses; cached lookups
# through the old bases are dropped. Failed assignments change nothing.
class A:
    def who(self):
        return "A"

    tag = "from A"


class B:
    def who(self):
        return "B"

    tag = "from B"


class C(A):
    pass


class D(C):
    pass


d = D()
results = []
for i in range(4):
    results.append((d.who(), d.tag))
    if i == 1:
        C.__bases__ = (B,)
print(results)
print(C.__bases__, C.__mro__)
print(D.__mro__)
C.__bases__ = (A, B)
print(D.__mro__, d.who())
print(A.__subclasses__(), B.__subclasses__())


class X(A, B):
    pass


for bad in ["()", "[B]", "(1,)", "(D,)", "(int,)", "(A, A)", "(B, X)"]:
    try:
        C.__bases__ = eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print(C.__mro__)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)


class E(Exception):
    pass


try:
    E.__bases__ = (A,)
except TypeError as e:
    print(e)
