# The convoy effect (bpo-7946): an I/O-bound thread's response time with and without a
# CPU-bound thread beside it. Every I/O (here a short sleep) releases the GIL; getting it back
# means waiting for the CPU-bound thread to drop it, up to a switch interval each time.
import threading
import time

OPS = 50


def io_bound():
    start = time.perf_counter()
    for i in range(OPS):
        time.sleep(0.0001)
    return (time.perf_counter() - start) / OPS


def cpu_bound(stop):
    while not stop:
        pass


alone = io_bound()
stop = []
cpu = threading.Thread(target=cpu_bound, args=(stop,))
cpu.start()
beside = io_bound()
stop.append(True)
cpu.join()
print("I/O response alone %.3f ms, beside a CPU-bound thread %.3f ms, ratio %.1f"
      % (alone * 1e3, beside * 1e3, beside / alone))
