# 启动顺序: the producer starts first, so its notify() reaches nobody; the consumer then waits
# for a signal that already went out. (With a plain wait() it would wait forever.)
import threading
import time

cond = threading.Condition()


def consumer():
    with cond:
        woken = cond.wait(timeout=1)
        print("consumer woken by notify:", woken)


def producer():
    with cond:
        print("producer: notify()")
        cond.notify()


p = threading.Thread(target=producer, name="producer")
c = threading.Thread(target=consumer, name="consumer")
p.start()
time.sleep(0.1)
c.start()
p.join()
c.join()
