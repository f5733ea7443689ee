    return 'ok'
gen = gen_func()
print(next(gen))  # 1
print(next(gen))  # 2
print(next(gen))  # StopIt    eration: 可以传值的生成器
def gen_func2():
    # 对yield进行赋值时，1可以生成值，2可以接收值
