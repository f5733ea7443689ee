import functools

def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper

def exclaim(times):
    def decorate(func):
        def wrapper(*args):
            return func(*args) + "!" * times
        return wrapper
    return decorate

def trace(func):
    print("decorating", func.__name__)
    return func

@trace
@shout
@exclaim(3)
def greet(name):
    """Say hello."""
    return "hello " + name

print(greet("ada"))
print(greet.__name__, greet.__doc__)
print(greet.__wrapped__("bob"))

def register(registry):
    def deco(f):
        registry.append(f.__name__)
        return f
    return deco

seen = []
@register(seen)
def one(): pass
@register(seen)
def two(): pass
print(seen)

def class_deco(cls):
    cls.tag = "decorated"
    return cls

@class_deco
class K:
    pass
print(K.tag)
