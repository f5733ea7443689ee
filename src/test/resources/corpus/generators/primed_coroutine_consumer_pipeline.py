def primed(func):
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start

@primed
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

@primed
def upper_filter(target):
    while True:
        item = yield
        if item.isalpha():
            target.send(item.upper())

@primed
def running_total():
    total = 0
    while True:
        value = yield total
        total += value

pipe = upper_filter(printer(">"))
for word in ["alpha", "b3ta", "gamma"]:
    pipe.send(word)
acc = running_total()
print([acc.send(v) for v in (5, 10, -3)])
pipe.close()
print("pipeline closed")
