# 练习 / Try it: __new__ runs before __init__, and decides whether __init__ runs (chapter 4)
class User:
    def __new__(cls, *args):
        print('new', cls.__name__)
        return super().__new__(cls)

    def __init__(self, name):
        print('init', name)


class Ghost:
    def __new__(cls):
        print('new Ghost')
        return 'not a Ghost'

    def __init__(self):
        print('init Ghost')


user = User('bob')
ghost = Ghost()
print(type(user).__name__, type(ghost).__name__)
