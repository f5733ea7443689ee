# The same race with a call between the load and the store: since CPython 3.10
# the eval breaker is checked on calls, so a switch can fall inside the update.
import sys
import threading

sys.setswitchinterval(0.000005)
total = 0


def one():
    return 1


def add():
    global total
    for i in range(2000):
        total = total + one()


def desc():
    global total
    for i in range(2000):
        total = total - one()


thread1 = threading.Thread(target=add)
thread2 = threading.Thread(target=desc)
thread1.start()
thread2.start()
thread1.join()
thread2.join()
print(total)
