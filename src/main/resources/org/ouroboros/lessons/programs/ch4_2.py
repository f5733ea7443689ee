def say(self):
    '''传递给动态创建类的方法'''
    return 'hello'
class BaseClass:
    '''传递给动态创建类的父类'''
    def answer(self):
        return 'this is baseclass'
User = type('User',(BaseClass,),{'name':'abc', 'say':say})
user = User()
print(user.name)  # abc
print(user.say())  # hello
print(user.answer())  # this is baseclass

