# The seed's pitfall: the producer starts first, so its notify() reaches nobody;
# the consumer then waits for a signal that already went out (a lost wake-up).
import threading
import time

cond = threading.Condition()


def consumer():
    with cond:
        cond.wait()
        print("consumer: got the item")
        cond.notify()


def producer():
    with cond:
        print("producer: item ready")
        cond.notify()
        cond.wait()


p = threading.Thread(target=producer, name="producer")
c = threading.Thread(target=consumer, name="consumer")
p.start()
time.sleep(0.001)
c.start()
p.join()
c.join()
