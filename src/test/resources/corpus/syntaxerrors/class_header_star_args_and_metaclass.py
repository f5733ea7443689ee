class C(*a, **k, metaclass=type):
    pass
print(C)
