class E(C,D):
    def __init_(self):
        print('enter        super().__init__()
        print('leave E')

class F(C):
    def __init__(self):
        print('enter F')
        super().__init__()
        print('leave F')
