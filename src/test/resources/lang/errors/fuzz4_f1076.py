
    def m(self):

        pass
y = {
    k