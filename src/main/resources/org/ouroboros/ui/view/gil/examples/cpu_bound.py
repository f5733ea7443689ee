# Two CPU-bound threads (David Beazley's GIL demonstration).
# Under the GIL they take about as long as running the work twice in a row;
# free-threaded or as processes, on two cores, about half as long.
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

print("sequential:  %.4f s" % sequential)
print("two threads: %.4f s" % threaded)
print("ratio: %.2f" % (threaded / sequential))
