lass User(metaclass=Metalass):
