# Condition: the seed's producer/consumer model made concrete (the consumer starts first and
# waits; every notify() is answered by a wait() on the other side). Two-level locks: the
# condition's own lock is released inside wait(); each wait() allocates a lock notify() releases.
import threading


class XiaoAi(threading.Thread):
    def __init__(self, cond):
        super().__init__(name="小爱")
        self.cond = cond

    def run(self):
        with self.cond:
            self.cond.wait()
            print("{} : 在 ".format(self.name))
            self.cond.notify()

            self.cond.wait()
            print("{} : 好啊 ".format(self.name))
            self.cond.notify()

            self.cond.wait()
            print("{} : 君住长江尾 ".format(self.name))
            self.cond.notify()


class TianMao(threading.Thread):
    def __init__(self, cond):
        super().__init__(name="天猫精灵")
        self.cond = cond

    def run(self):
        with self.cond:
            print("{} : 小爱同学 ".format(self.name))
            self.cond.notify()
            self.cond.wait()

            print("{} : 我们来对古诗吧 ".format(self.name))
            self.cond.notify()
            self.cond.wait()

            print("{} : 我住长江头 ".format(self.name))
            self.cond.notify()
            self.cond.wait()


if __name__ == "__main__":
    cond = threading.Condition()
    xiaoai = XiaoAi(cond)
    tianmao = TianMao(cond)
    # 启动顺序很重要: the consumer must already be waiting
    xiaoai.start()
    tianmao.start()
    xiaoai.join()
    tianmao.join()
    print(cond)
    for method in ("wait", "notify"):
        try:
            getattr(threading.Condition(), method)()
        except RuntimeError as e:
            print(method, "->", e)
