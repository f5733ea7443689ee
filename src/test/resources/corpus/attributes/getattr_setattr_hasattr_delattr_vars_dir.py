class Config:
    debug = False
    def __init__(self):
        self.level = 3
        self.name = "cfg"
    def method(self):
        return 1

c = Config()
print(getattr(c, "level"), getattr(c, "nope", None), hasattr(c, "debug"), hasattr(c, "zzz"))
setattr(c, "extra", [1])
print(vars(c))
delattr(c, "extra")
print(sorted(vars(c)))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Config) if not n.startswith("__")])
print(sorted(k for k in vars(Config) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(getattr(Config, "method")(c))
