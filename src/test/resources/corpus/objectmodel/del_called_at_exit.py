# at exit the __main__ namespace is freed: instances of classes with __del__ have it called (an
# exception from it is reported as ignored); objects named directly go first, list items from the end
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
class Holder:
    def __init__(self):
        self.res = Resource("inner")
    def __del__(self):
        print("holder gone")
class Broken:
    def __del__(self):
        raise ValueError("cannot clean up")
r1 = Resource("first")
h = Holder()
items = [Resource("in-list-1"), Resource("in-list-2")]
r2 = Resource("second")
b = Broken()
print("end of program")
