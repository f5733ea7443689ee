final_result = {}
def sales_sum(pro_name):
    total = 0
    nums = []
    while True:
        x = yield
        print(pro_name + "销量: ", x)
        if not x:
            break
        total += x
        nums.append(x)
    return total, nums
def middle(key):
    while True:
        final_result[key] = yield from sales_sum(key)
        print(key + "销量统计完成！！.")
def main():
    data_sets = {
        "bobby牌面膜": [1200, 1500, 3000],
        "bobby牌手机": [28, 55, 98, 108],
        "bobby牌大衣": [280, 560, 778, 70],
    }
    for key, data_set in data_sets.items():
        print("start key:", key)
        m = middle(key)
        m.send(None)
        for value in data_set:
            m.send(value)
        m.send(None)
    print("final_result:", final_result)
main()
def gen_func():
    try:
        yield "http://projectsedu.com"
    except GeneratorExit:
        pass
    yield 2
    yield 3
    return "bobby"
gen = gen_func()
print(next(gen))
try:
    gen.close()
except RuntimeError as e:
    print("RuntimeError", e)
gen2 = gen_func()
print(next(gen2))
print(gen2.throw(Exception, "download error") if False else "")
def g3():
    yield 1
    yield 2
gen3 = g3()
print(next(gen3))
try:
    gen3.throw(Exception, "download error")
except Exception as e:
    print("thrown back:", repr(e))
from itertools import chain
my_list = [1, 2, 3]
my_dict = {"bobby1": "http://projectsedu.com", "bobby2": "http://www.imooc.com"}
def my_chain(*args, **kwargs):
    for my_iterable in args:
        yield from my_iterable
for value in my_chain(my_list, my_dict, range(5, 10)):
    print(value)
print(list(chain(my_list, my_dict)))
def gen_big():
    yield from range(3)
    yield from "ab"
    x = yield from (i for i in [7])
    print("gen expr returned", x)
print(list(gen_big()))
import inspect
def gg():
    yield 1
g = gg()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    pass
print(inspect.getgeneratorstate(g))
