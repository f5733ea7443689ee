class Box:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, item):
        return self.items[item]

    def __len__(self):
        return len(self.items)


box = Box(['x', 'y', 'z'])
print(len(box))
