# 线程同步: the seed's race (total += 1 / total -= 1) with 2,000 iterations instead of
# 1,000,000, and a tiny switch interval, so the switches can be followed bytecode by bytecode.
import sys
import threading

sys.setswitchinterval(0.00001)
total = 0


def add():
    global total
    for i in range(2000):
        total += 1


def desc():
    global total
    for i in range(2000):
        total -= 1


thread1 = threading.Thread(target=add)
thread2 = threading.Thread(target=desc)
thread1.start()
thread2.start()
thread1.join()
thread2.join()
print(total)
