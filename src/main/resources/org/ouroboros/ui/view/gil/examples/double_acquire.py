# The seed's pitfall: a Lock acquired twice by the same thread never comes free.
# An RLock counts its acquires and would let this thread in again.
import threading

lock = threading.Lock()
total = 0


def add():
    global total
    lock.acquire()
    lock.acquire()
    total += 1
    lock.release()
    lock.release()


thread = threading.Thread(target=add, name="adder")
thread.start()
thread.join()
print(total)
