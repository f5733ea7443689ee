# The race fixed: the lock makes load, add and store one step for other threads.
import sys
import threading

sys.setswitchinterval(0.000005)
total = 0
lock = threading.Lock()


def add():
    global total
    for i in range(2000):
        with lock:
            total += 1


def desc():
    global total
    for i in range(2000):
        with lock:
            total -= 1


thread1 = threading.Thread(target=add)
thread2 = threading.Thread(target=desc)
thread1.start()
thread2.start()
thread1.join()
thread2.join()
print(total)
