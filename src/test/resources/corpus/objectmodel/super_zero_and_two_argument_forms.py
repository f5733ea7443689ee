class Base:
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"

class Middle(Base):
    def hello(self):
        return "Middle>" + super().hello()
    @classmethod
    def make(cls):
        return "Middle>" + super().make()

class Leaf(Middle):
    def hello(self):
        return "Leaf>" + super(Leaf, self).hello()
    def skip(self):
        return super(Middle, self).hello()

leaf = Leaf()
print(leaf.hello())
print(leaf.skip())
print(Leaf.make())
print(super(Leaf, leaf).hello())
print(super(Middle, Leaf).make())
sup = super(Leaf, leaf)
print(type(sup).__name__)

class Init(Base):
    def __init__(self):
        super().__init__()
        self.ok = True
print(Init().ok)
def no_class():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
no_class()
