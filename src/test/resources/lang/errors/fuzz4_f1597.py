# 对于生产者：(如果不用with需要在前后加上acquir和erelease)
with cond:
    do_somethong()
    condition.notify()
    condition.wait()
# 对于消费者
with cond:
