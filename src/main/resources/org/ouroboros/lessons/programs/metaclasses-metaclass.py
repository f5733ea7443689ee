# 元类是创建类的类：class 语句用元类创建类
# A metaclass is the class of a class: the class statement calls it
class MetaClass(type):
    def __new__(cls, name, bases, attrs):
        print('MetaClass creates', name)
        return super().__new__(cls, name, bases, attrs)


class User(metaclass=MetaClass):
    def __init__(self, name):
        self.name = name


# 父类有 metaclass 时，子类也用它创建
# A subclass is created by its base class's metaclass too
class Admin(User):
    pass


print(type(User))  # <class '__main__.MetaClass'>
print(type(Admin))  # <class '__main__.MetaClass'>
print(type(type))  # <class 'type'>
