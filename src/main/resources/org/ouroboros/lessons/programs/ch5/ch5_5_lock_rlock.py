# 线程同步: total += 1 is several bytecodes; a Lock makes the read-modify-write atomic.
# An RLock may be acquired again by the thread that holds it, once per release().
import threading
from threading import Lock, RLock

total = 0
lock = Lock()


def add():
    global total
    for i in range(10000):
        lock.acquire()
        total += 1
        lock.release()


def desc():
    global total
    for i in range(10000):
        with lock:
            total -= 1


thread1 = threading.Thread(target=add)
thread2 = threading.Thread(target=desc)
thread1.start()
thread2.start()
thread1.join()
thread2.join()
print(total)

rlock = RLock()
rlock.acquire()
rlock.acquire()
print(repr(rlock).split(" owner")[0], "count=2" in repr(rlock))
rlock.release()
rlock.release()
print(rlock.acquire(blocking=False))
rlock.release()
for expr in ("Lock().release()", "RLock().release()"):
    try:
        eval(expr)
    except RuntimeError as e:
        print(expr, "->", e)
