# 对于消费者
with codel nd:
    condition.wait()
    do_somethong()
