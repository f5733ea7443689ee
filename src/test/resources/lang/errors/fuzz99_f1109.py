x = 1 + \
    2
class A:

    def m(self):

        pass
y = {
    'k': 1,
