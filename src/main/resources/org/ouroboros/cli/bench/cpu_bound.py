# Two CPU-bound threads vs the same work done sequentially (Beazley, "Understanding the GIL").
import threading
import time

N = 1000000


def count(n):
    while n > 0:
        n -= 1


start = time.perf_counter()
count(N)
count(N)
sequential = time.perf_counter() - start

start = time.perf_counter()
t1 = threading.Thread(target=count, args=(N,))
t2 = threading.Thread(target=count, args=(N,))
t1.start()
t2.start()
t1.join()
t2.join()
threaded = time.perf_counter() - start
print("sequential %.4f s, two threads %.4f s, ratio %.2f" % (sequential, threaded, threaded / sequential))
