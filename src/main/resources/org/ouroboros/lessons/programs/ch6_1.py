# 基本生成器
def gen_func():
    yield 1
    yield 2
    return 'ok'
gen = gen_func()
print(next(gen))  # 1
print(next(gen))  # 2
print(next(gen))  # StopIteration: ok

# 可以传值的生成器
def gen_func2():
    # 对yield进行赋值时，1可以生成值，2可以接收值
    html = yield 'http;//www.baidu.com'
    print(html)  # hello yield
    yield 2
    return 'ok'
gen2 = gen_func2()
# 在调用send之前，需要启动一次生成器，且必须是gen2.send(None)，或者采用next(gen2)的方式
url = gen2.send(None)
# download url
html = 'hello yield'
# send方法可以传递值到生成器内部，同时还可以启动生成器执行到下一个yield位置
print(gen2.send(html))  # 2

