import dis
def add(a, b):
    return a + b
print(callable(dis.dis))
print(add.__code__.co_name, add.__code__.co_argcount, add.__code__.co_varnames)
