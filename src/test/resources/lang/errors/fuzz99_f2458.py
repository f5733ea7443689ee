    condition.notify()
    condition.wait()
# 对于消费者
wiht cond:
    condition.wait()
    do_somethong()
    condition.notify()
  
# 生产者通知消费者，需要消费者先处于wait()状态

