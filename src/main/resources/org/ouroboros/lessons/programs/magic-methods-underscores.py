# 下划线的约定 / the underscore conventions
class User:
    def __init__(self):
        self._hint = 'not part of the API'  # 单下划线：约定不对外 / single: not public by convention
        self.__secret = 42  # 双下划线：名字改写 / double: name mangling

    def __private_method(self):
        return 'mangled'


u = User()
print(u._hint)  # 仍然可以访问 / still accessible
print(u._User__secret)  # 42
print(u._User__private_method())  # mangled
try:
    print(u.__secret)
except AttributeError as e:
    print('AttributeError:', e)
