# 线程同步: the seed's a += 1 race. On CPython 3.10+ the eval breaker is only checked at back
# edges and calls, so no switch falls between LOAD_GLOBAL and STORE_GLOBAL: this prints 0.
import threading

total = 0


def add():
    global total
    for i in range(1000000):
        total += 1


def desc():
    global total
    for i in range(1000000):
        total -= 1


thread1 = threading.Thread(target=add)
thread2 = threading.Thread(target=desc)
thread1.start()
thread2.start()
thread1.join()
thread2.join()
print(total)
