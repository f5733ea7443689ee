class MetaClass(type):
    pass
class User(metaclass=MetaClass):
    pass

