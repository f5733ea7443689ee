class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        print("__len__")
        return len(self.items)
    def __contains__(self, x):
        print("__contains__", x)
        return x in self.items

b = Bag(1, 2)
print(len(b), 2 in b, 5 not in b)
print(bool(b), bool(Bag()))
if not Bag():
    print("empty bag is falsy")
class Truthy:
    def __bool__(self):
        print("__bool__")
        return False
    def __len__(self):
        return 10
print(bool(Truthy()), "yes" if Truthy() else "no")
class Plain:
    pass
print(bool(Plain()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
