# a right operand whose class is a proper subclass has its reflected comparison tried first, even
# when it only inherits it (unlike binary operators, which need an override)
class A:
    def __lt__(self, o):
        print("A.lt", type(self).__name__, type(o).__name__); return NotImplemented
    def __gt__(self, o):
        print("A.gt", type(self).__name__, type(o).__name__); return NotImplemented
    def __eq__(self, o):
        print("A.eq", type(self).__name__, type(o).__name__); return NotImplemented
class B(A): pass
try: A() < B()
except TypeError as e: print(e)
print(A() == B())
class C:
    def __add__(self, o): print("C.add"); return NotImplemented
    def __radd__(self, o): print("C.radd"); return NotImplemented
class D(C): pass
try: C() + D()
except TypeError as e: print(e)
