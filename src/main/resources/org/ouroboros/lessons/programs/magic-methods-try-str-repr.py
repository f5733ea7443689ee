# 练习 / Try it: print() looks for __str__, then __repr__ (chapter 2)
class Point:
    def __repr__(self):
        return 'Point(repr)'


class Label(Point):
    def __str__(self):
        return 'Label(str)'


print(Point())
print(Label())
print(repr(Label()))
print([Label()])
