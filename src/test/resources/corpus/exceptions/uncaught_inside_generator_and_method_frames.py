class Inventory:
    def __init__(self):
        self.stock = {"apple": 3, "pear": 0}

    def ratios(self, names):
        for name in names:
            yield name, 12 // self.stock[name]

inv = Inventory()
for name, ratio in inv.ratios(["apple", "pear"]):
    print(name, ratio)
