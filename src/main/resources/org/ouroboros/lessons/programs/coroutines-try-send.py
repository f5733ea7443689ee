# 练习 / Try it: next(), send() and the return value (chapter 6)
def gen_func():
    x = yield 1
    print('got', x)
    y = yield x * 10
    print('got', y)
    return 'done'


gen = gen_func()
print(next(gen))
print(gen.send(4))
try:
    gen.send(5)
except StopIteration as e:
    print('stop', e.value)
