# RLock recursion, a Semaphore letting two workers in at a time, and a Queue.
import queue
import threading
import time

rlock = threading.RLock()
slots = threading.Semaphore(2)
items = queue.Queue(maxsize=2)


def worker(n):
    with slots:
        with rlock:
            with rlock:
                items.put(n)
        time.sleep(0.001)


def consumer():
    for i in range(4):
        print("got", items.get())


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
reader = threading.Thread(target=consumer, name="reader")
for t in threads:
    t.start()
reader.start()
for t in threads:
    t.join()
reader.join()
