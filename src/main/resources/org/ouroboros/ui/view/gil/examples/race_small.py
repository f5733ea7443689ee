# The seed's race with fewer iterations, to step bytecode by bytecode.
# The seed uses 1,000,000 iterations and the default 5 ms switch interval;
# here 2,000 iterations and a tiny switch interval give switches just as often.
import sys
import threading

sys.setswitchinterval(0.000005)
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
