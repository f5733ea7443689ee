class A:
    def __init__(self):
        print('enter A')
        print('leave A')

class B:
    def __init__(self):
        print('enter B')
        print('leave B')

class C(B):
    def __init__(self):
        print('enter C')
        super().__init__()
        print('leave C')

class D(B,A):
    def __init__(self):
        print('enter D')
        super().__init__()
        print('leave D')

class E(C,D):
    def __init__(self):
        print('enter E')
        super().__init__()
        print('leave E')

class F(C):
    def __init__(self):
        print('enter F')
        super().__init__()
        print('leave F')

print(B())
print(C())
print(C.mro())
print(D())
print(D.mro())
print(E())
print(E.mro())
print(F())
print(F.__mro__)

# enter B
# leave B
# <__main__.B object at 0x1079cd7b8>
# enter C
# enter B
# leave B
# leave C
# <__main__.C object at 0x1079cd7b8>
# [<class '__main__.C'>, <class '__main__.B'>, <class 'object'>]
# enter D
# enter B
# leave B
# leave D
# <__main__.D object at 0x1079cd7b8>
# [<class '__main__.D'>, <class '__main__.B'>, <class '__main__.A'>, <class 'object'>]
# enter E
# enter C
# enter D
# enter B
# leave B
# leave D
# leave C
# leave E
# <__main__.E object at 0x1079cd7b8>
# [<class '__main__.E'>, <class '__main__.C'>, <class '__main__.D'>, <class '__main__.B'>, <class '__main__.A'>, <class 'object'>]
# enter F
# enter C
# enter B
# leave B
# leave C
# leave F
# <__main__.F object at 0x1079cd7b8>
# (<class '__main__.F'>, <class '__main__.C'>, <class '__main__.B'>, <class 'object'>)

