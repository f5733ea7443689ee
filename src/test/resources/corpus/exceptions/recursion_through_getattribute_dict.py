class User:
    def __init__(self, name):
        self.name = name
    def __getattribute__(self, item):
        print("getattribute", item) if False else None
        return self.__dict__[item]
u = User("bob")
print(u.name)
