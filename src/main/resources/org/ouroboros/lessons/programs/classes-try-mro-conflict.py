# 练习 / Try it: can Python order these classes? (chapter 3)
class Animal:
    pass


class Bird(Animal):
    pass


class Parrot(Animal, Bird):
    pass
