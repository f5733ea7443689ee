import functools, time
def log(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"call {func.__name__}{args}{kwargs if kwargs else ''}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} -> {result!r}")
        return result
    return wrapper
def repeat(n):
    def deco(func):
        def wrapper(*a, **k):
            return [func(*a, **k) for _ in range(n)]
        return wrapper
    return deco
@log
@repeat(2)
def add(a, b=1):
    return a + b
print(add(1), add(2, b=3), add.__name__, add.__wrapped__.__name__)
class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self.__call__, obj)
@CountCalls
def hello(name):
    "greets"
    return "hello " + name
print(hello("a"), hello("b"), hello.calls, hello.__name__, hello.__doc__)
class Svc:
    @CountCalls
    def ping(self):
        return "pong"
s = Svc()
print(s.ping(), s.ping(), Svc.ping.calls)
def singleton(cls):
    instances = {}
    @functools.wraps(cls)
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self):
        print("init once")
print(Config() is Config(), Config.__name__)
def class_deco(cls):
    cls.extra = "added"
    return cls
@class_deco
class Plain: pass
print(Plain.extra)
def timer(func):
    def wrapper(*a):
        start = time.perf_counter()
        r = func(*a)
        elapsed = time.perf_counter() - start
        print(func.__name__, "took", "<1s" if elapsed < 1 else ">1s")
        return r
    return wrapper
@timer
def work(n):
    return sum(range(n))
print(work(1000))
print(add)
print(hello)
