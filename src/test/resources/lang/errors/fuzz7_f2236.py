    def no_super(self):
        return self.attr

    @staticmethod
    def static():
        return [at attr in range(3)]

    class Nested:
        def deep(self):
            return super().deep()


