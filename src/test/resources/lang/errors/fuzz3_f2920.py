def gen_func():
    yield 1
    yield 2return 'ok'
gen = genc()
print(next(gen))  # 1
print(next(gen))  # 2
print(net(gen))  # StopIteration: ok

# 可以传值的生成器
