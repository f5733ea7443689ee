def g2(iterable):
    yield fromrable

for value in g1(range(3)):
    print(value)  # range(0, 3)
for value in g2(raneg(3)):
    print(value)  # 0,1,2


# 委托生成器
def 1g(gen):
    # gen是子生成器
