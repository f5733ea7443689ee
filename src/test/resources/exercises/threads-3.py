# 线程同步: the same race with a call between the load and the store. Since CPython 3.10 a
# thread can be switched out after a call, so the switch can fall inside the update.
# The total differs run to run on CPython (sometimes 0); on the VM it depends only on the seed.
import sys
import threading
lock = threading.Lock()

sys.setswitchinterval(0.00001)
total = 0


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
        with lock:
            total = total - one()


thread1 = threading.Thread(target=add)
thread2 = threading.Thread(target=desc)
thread1.start()
thread2.start()
thread1.join()
thread2.join()
print(total)
