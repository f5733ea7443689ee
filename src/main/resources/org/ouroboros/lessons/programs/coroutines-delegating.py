# 委托生成器: the seed's yield from channel made concrete. The caller (main) talks to the
# subgenerator (averager) through the delegating generator (g1), which only passes values on;
# the subgenerator's return value becomes the value of the yield from expression in g1.
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
    # gen 是子生成器 / averager() is the subgenerator
    while True:
        results.append((yield from averager()))


def main():
    results = []
    g = g1(results)
    g.send(None)  # 预激 / prime
    for price in (10, 20, 60):
        g.send(price)  # goes straight through g1 into averager
    g.send(None)  # averager returns; g1 stores the value and starts a new averager
    print(results)


main()
