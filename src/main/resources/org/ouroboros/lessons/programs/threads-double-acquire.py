# 死锁: a Lock acquired twice by the same thread never comes free (a plain acquire() would wait
# forever; the timeout lets the program go on). An RLock counts its acquires instead.
from threading import Lock, RLock

lock = Lock()
lock.acquire()
print("Lock, second acquire:", lock.acquire(timeout=0.5))
lock.release()

rlock = RLock()
rlock.acquire()
print("RLock, second acquire:", rlock.acquire(timeout=0.5))
rlock.release()
rlock.release()
print("RLock free again:", rlock.acquire(blocking=False))
