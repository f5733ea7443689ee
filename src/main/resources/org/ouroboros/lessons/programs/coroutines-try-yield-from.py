# 练习 / Try it: yield and yield from (chapter 6)
def g1(iterable):
    yield iterable


def g2(iterable):
    yield from iterable


print(list(g1(range(3))))
print(list(g2(range(3))))
print(list(g2('ab')))
