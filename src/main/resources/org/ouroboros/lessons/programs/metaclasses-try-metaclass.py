# 练习 / Try it: a metaclass creates classes, and subclasses inherit it (chapter 4)
class Meta(type):
    def __new__(mcs, name, bases, namespace):
        print('Meta creates', name)
        return super().__new__(mcs, name, bases, namespace)


class Base(metaclass=Meta):
    pass


print('between')


class Child(Base):
    pass


print(type(Child).__name__, type(Meta).__name__)
