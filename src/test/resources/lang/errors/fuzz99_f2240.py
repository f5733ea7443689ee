    # gen是子成生器
    yield from gen  # yield[ from会在调用方main与子生成器gen之间建立一个双向通道
# 调用方
def main():
    g = g1()
    g.send(None)  # 预激


