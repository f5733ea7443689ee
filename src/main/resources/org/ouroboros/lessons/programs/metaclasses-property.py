# @property 动态属性：把方法调用变成属性访问
# @property, a dynamic attribute: a method call read like an attribute
class User:
    def __init__(self, name, birth_year):
        self.name = name
        self.birth_year = birth_year
        self._age = 0

    @property
    def age(self):
        return 2018 - self.birth_year

    @age.setter
    def age(self, value):
        self._age = value


user = User('bobby', 1987)
print(user.age)  # 31：没有括号，像属性一样读 / no parentheses, read like an attribute
user.age = 30
print(user._age)  # 30：赋值调用了 setter / the assignment called the setter
