# The seed's condition-variable dialogue: the consumer starts first and waits;
# each side speaks, notify()s the other and wait()s for the answer.
import threading

cond = threading.Condition()


def consumer():
    with cond:
        for i in range(3):
            cond.wait()
            print("consumer: got item", i)
            cond.notify()


def producer():
    with cond:
        for i in range(3):
            print("producer: item", i, "ready")
            cond.notify()
            cond.wait()


c = threading.Thread(target=consumer, name="consumer")
p = threading.Thread(target=producer, name="producer")
c.start()
p.start()
c.join()
p.join()
print("done")
