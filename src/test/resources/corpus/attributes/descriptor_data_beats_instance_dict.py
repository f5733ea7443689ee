class Data:
    def __get__(self, obj, objtype=None):
        return "from data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"

class Host:
    d = Data()
    n = NonData()

h = Host()
h.__dict__["d"] = "instance dict d"
h.__dict__["n"] = "instance dict n"
print(h.d)
print(h.n)
h.d = 5
print(h.__dict__["d"])
h.n = "assigned"
print(h.n)
del h.__dict__["n"]
print(h.n)
print(Host.d, Host.n)
