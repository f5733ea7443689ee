User = type('User,(BaseClass,),{'name':'abc', 'say':say})
user = User()
print(user.name)  # abc
print(user.say())  # 