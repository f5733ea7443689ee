        return __classfor __

    def no_super(self):
        return self.attr

    @staticmethod
    def static():
        return [attr for attr in range(3)]

    class Nested:
