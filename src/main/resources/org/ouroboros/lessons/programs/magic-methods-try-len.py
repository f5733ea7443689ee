# 练习 / Try it: len() calls __len__ (chapter 2)
class Box:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, item):
        return self.items[item]


box = Box(['x', 'y', 'z'])
print(len(box))
