    ocndititify()

# 生产者通知消费者，需要消费者先处于wait()状态
