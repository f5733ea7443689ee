# 函数和类都是对象：一等公民的四种表现
# Functions and classes are objects: the four signs of a first-class citizen
def ask(name='bobby'):
    print(name)


class Person:
    def __init__(self):
        print('bobby1')


# 1. 可以赋值给一个变量 / can be assigned to a variable
my_func = ask
my_func('bobby')
my_class = Person
my_class()

# 2. 可以添加到集合当中 / can be put in a collection
obj_list = [ask, Person]
for item in obj_list:
    print(item())

# 3. 可以作为函数的参数 / 4. 可以作为函数的返回值
# can be passed as an argument / can be returned from a function
def decorator_func(func):
    print('dec start')
    return func


my_ask = decorator_func(ask)
my_ask('tom')
