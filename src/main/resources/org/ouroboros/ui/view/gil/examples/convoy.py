# The convoy effect (bpo-7946): an I/O-bound thread answers late when a
# CPU-bound thread runs beside it. After each I/O wait it needs the GIL back,
# and the CPU-bound thread gives it up only when asked, after the switch interval.
import threading
import time


def io_task(label):
    delays = []
    for i in range(5):
        start = time.time()
        time.sleep(0.001)  # stands in for a socket read
        delays.append(time.time() - start - 0.001)
    print("%s: mean response delay %.3f ms" % (label, 1000 * sum(delays) / len(delays)))


def cpu_task():
    n = 0
    while n < 1500000:
        n += 1


io_task("I/O thread alone")
io = threading.Thread(target=io_task, args=("I/O thread beside a CPU-bound one",))
cpu = threading.Thread(target=cpu_task)
io.start()
cpu.start()
io.join()
cpu.join()
