# __getattr__ 是属性访问的出口：找不到属性时才调用
# __getattribute__ 是入口：每次访问属性都先进入它
# __getattr__ is the exit: called only when an attribute is not found
# __getattribute__ is the entrance: every attribute access goes through it first
class User:
    def __init__(self, info):
        self.info = info

    def __getattr__(self, item):
        return self.info[item]


user = User({'company_name': 'abc', 'name': 'bobby'})
print(user.company_name)  # abc：不在 __dict__ 里 / not in __dict__


class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, item):
        print('get', item)
        return object.__getattribute__(self, item)


obj = Logged()
print(obj.x)
