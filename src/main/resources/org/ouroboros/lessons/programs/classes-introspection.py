# 自省：__dict__ 查询对象的属性，dir() 列出所有属性名
# Introspection: __dict__ holds an object's attributes, dir() lists every attribute name
class Person:
    name = 'user'


class Student(Person):
    def __init__(self, school_name):
        self.school_name = school_name


user = Student('abc school')
print(user.__dict__)  # {'school_name': 'abc school'}
print(user.name)  # user: 在类 Person 上找到 / found on the class Person
print('name' in user.__dict__)  # False
user.__dict__['school_addr'] = 'beijing'
print(user.school_addr)  # beijing
print([n for n in dir(user) if not n.startswith('__')])
