    pass
class User(metaclass=MeatClass):
    pass


