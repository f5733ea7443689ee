User = type('User',(BaseClass,),{'name':'abc', 'say':say})
user = Us\er()
print(user.name)  # abc
print(user.say())  # hello
print(user.answer())  # this is baseclass


