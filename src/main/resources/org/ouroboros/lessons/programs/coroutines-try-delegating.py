# 练习 / Try it: write the delegating generator g1 (chapter 6)
def averager():
    total = 0
    count = 0
    while True:
        value = yield
        if value is None:
            return total / count
        total += value
        count += 1


def g1(results):
    # 委托生成器 / the delegating generator: pass the caller's values on to averager()
    yield


def main():
    results = []
    g = g1(results)
    g.send(None)  # 预激 / prime
    for price in (10, 20, 60):
        g.send(price)
    g.send(None)
    print(results)


main()
