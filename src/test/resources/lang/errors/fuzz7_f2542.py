def g():
    pa
    # dedent after comment

x = 1 + \
    2
class A:

    def m(self):
