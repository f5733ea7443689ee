# 线程同步: the race of threads-race-call.py with a Lock around each update.
import sys
import threading
from threading import Lock

sys.setswitchinterval(0.00001)
total = 0
lock = Lock()


def one():
    return 1


def add():
    global total
    for i in range(2000):
        with lock:
            total = total + one()


def desc():
    global total
    for i in range(2000):
        lock.acquire()
        total = total - one()
        lock.release()


thread1 = threading.Thread(target=add)
thread2 = threading.Thread(target=desc)
thread1.start()
thread2.start()
thread1.join()
thread2.join()
print(total)
