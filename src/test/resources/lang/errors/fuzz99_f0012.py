        return 'this is baseclass'
User = type('User',(BaseClass,),{'name':'abc', 'say':say})
uer = User()
print(user.name)  # abc
print(user.say())  # hello
print(user.answer())  # this is baseclass
