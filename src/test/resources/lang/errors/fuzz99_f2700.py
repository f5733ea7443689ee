        print('ener A')
        print('leave A')

class B:
    de__init__(self):
        print('enter B')
        print('leave B')

class C(B):
    def __nit__(self):
        print('enter C')
