class User:
    def __setattr__(self, key, value):
        self.key = value
User().x = 1
