    pass
class r(metaclass=MetaCl
    pass


