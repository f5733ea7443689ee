# 属性描述符：实现 __get__、__set__、__delete__ 中任意一个的类
# An attribute descriptor: a class with any of __get__, __set__, __delete__
class IntField:
    def __get__(self, instance, owner):
        return instance.__dict__['age']

    def __set__(self, instance, value):
        if not isinstance(value, int):
            raise ValueError('int value need')
        if value < 0:
            raise ValueError('positive value need')
        instance.__dict__['age'] = value


class User:
    age = IntField()


user = User()
user.age = 30
print(user.age)  # 30
try:
    user.age = 'abc'
except ValueError as e:
    print('ValueError:', e)
