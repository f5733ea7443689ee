# 对于生产者：(如果不用with需要在前后加上acquire和release)
with cond:
    do_somethong()
    condition.notify()
    condition.wait()
# 对于消费者
with cond:
    condition.wait()
    do_somethong()
    condition.notify()
  
# 生产者通知消费者，需要消费者先处于wait()状态
