class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(Counter.count)

a = Counter()
b = Counter()
print(Counter.count, a.count, a.items is b.items, Counter.items)
a.count = 100
print(a.count, b.count, Counter.count, sorted(vars(a)))
del a.count
print(a.count)
print("count" in Counter.__dict__, "count" in a.__dict__)
Counter.new_attr = "added later"
print(b.new_attr)
class Sub(Counter):
    count = -1
print(Sub.count, Sub().count, Counter.count)
print(Sub.__dict__.get("items"), Counter.__name__)
