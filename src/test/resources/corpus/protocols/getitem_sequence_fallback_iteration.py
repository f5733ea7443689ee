class Squares:
    def __getitem__(self, index):
        print("getitem", index)
        if index >= 4:
            raise IndexError(index)
        return index * index

print(list(Squares()))
print(2 in Squares())
it = iter(Squares())
print(type(it).__name__, next(it))
class Letters:
    def __init__(self, text):
        self.text = text
    def __getitem__(self, i):
        return self.text[i]
print([c for c in Letters("hey")], Letters("abcdef")[1:4], Letters("xyz")[-1])
class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stopper()))
