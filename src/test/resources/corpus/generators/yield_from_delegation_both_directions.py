def averager():
    total = 0
    count = 0
    while True:
        value = yield (total / count if count else None)
        if value is None:
            return {"count": count, "total": total}
        total += value
        count += 1

def delegator(results):
    while True:
        summary = yield from averager()
        results.append(summary)

results = []
d = delegator(results)
print(next(d))
for v in (10, 20, 30):
    print(d.send(v))
d.send(None)
print(d.send(5))
d.send(None)
print(results)

def inner():
    try:
        yield "inner 1"
    except KeyError as e:
        yield f"inner caught {e!r}"
    return "inner result"

def outer():
    r = yield from inner()
    yield "outer got " + r

o = outer()
print(next(o))
print(o.throw(KeyError("x")))
print(next(o))
print(list(outer()))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5]])))
