with cond:
    do_somethong()
    condition.notify()
    condition.wait()
# 对于消费者
wiht cond:
    condition.wait()
    do_somethong()
   