    def __init__(self):
        print('etner B')
        print('leave B')

class C(B):
