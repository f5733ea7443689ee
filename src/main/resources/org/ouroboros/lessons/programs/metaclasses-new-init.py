# 先调用 __new__（创建对象），再调用 __init__（初始化）
# __new__ runs first (makes the object), then __init__ (fills it in)
class User:
    def __new__(cls, *args, **kwargs):
        print('in new')
        return super().__new__(cls)

    def __init__(self, name):
        print('in init')
        self.name = name


user = User(name='bobby')
print(user.name)


# __new__ 不返回该类的对象时，__init__ 不会被调用
# When __new__ returns no instance of the class, __init__ is not called
class Nothing:
    def __new__(cls, *args, **kwargs):
        print('in new')

    def __init__(self):
        print('never printed')


print(Nothing())  # None
