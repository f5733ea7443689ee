# Lock 与 RLock: an RLock may be acquired again by the thread that holds it, once per release();
# it records its owner and a count. Releasing a lock nobody holds is an error.
from threading import Lock, RLock

rlock = RLock()
rlock.acquire()
rlock.acquire()
print(repr(rlock).split(" owner")[0], "count=2" in repr(rlock))
rlock.release()
print("count=1" in repr(rlock))
rlock.release()
print(repr(rlock).split(" owner")[0])
for expr in ("Lock().release()", "RLock().release()"):
    try:
        eval(expr)
    except RuntimeError as e:
        print(expr, "->", e)
