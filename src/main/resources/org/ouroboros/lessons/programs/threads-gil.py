# 两个计算密集的线程 / two CPU-bound threads (the GIL lets one of them run at a time)
import threading
import time


def count(n):
    while n > 0:
        n -= 1


N = 200000

start = time.time()
count(N)
count(N)
sequential = time.time() - start

start = time.time()
t1 = threading.Thread(target=count, args=(N,))
t2 = threading.Thread(target=count, args=(N,))
t1.start()
t2.start()
t1.join()
t2.join()
threaded = time.time() - start

# Under the GIL two threads take about as long as the two calls one after the other.
print("two threads clearly faster:", threaded < 0.75 * sequential)
