# Errors raised while a class statement runs: __slots__ names that clash with class variables
# or are not strings, private slot names mangled like any class-body name, and a failing
# __set_name__ wrapped (3.11) in a RuntimeError whose cause is the original error.
class Point:
    __slots__ = ("x", "__secret")

    def __init__(self):
        self.x = 1
        self.__secret = 2


p = Point()
print(sorted(k for k in Point.__dict__ if not k.startswith("__")), p._Point__secret)
for source in ["class Q:\n    __slots__ = ('v',)\n    v = 5",
               "class R:\n    __slots__ = (1,)",
               "class Ok:\n    __slots__ = 'single'\nprint(Ok.__slots__, type(Ok.single).__name__)"]:
    try:
        exec(source)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Strict:
    def __set_name__(self, owner, name):
        if not name.islower():
            raise ValueError(f"field name {name!r} must be lower case")
        self.name = name


class Good:
    field = Strict()


print(Good.field.name)
try:
    class Bad:
        Field = Strict()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)


class Broken:
    Other = Strict()
