# threading for the Ouroboros VM: the CPython 3.11 API and semantics on top of _thread (the
# simulated scheduler's locks). Condition, Semaphore and Event are built from locks the way
# CPython's threading.py builds them; _thread._op reports their operations to the trace.
import _thread

_start = _thread._start
_allocate_lock = _thread.allocate_lock
Lock = _thread.allocate_lock
RLock = _thread.RLock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
_op = _thread._op
_new_label = _thread._new_label

_active = {}
_limbo = {}
_counter = 0


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


def _ids(waiters):
    return [w[1] for w in waiters]


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = []
        self._label = _new_label("Condition")
        _op("CONDITION", self, self._label, "CREATE")

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        else:
            return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # The two-level design: a fresh lock per wait, acquired once here and a second time below;
        # notify() releases it. The condition's own lock is released while waiting.
        waiter = _allocate_lock()
        _thread._mark_waiter(waiter, self._label)
        waiter.acquire()
        self._waiters.append((waiter, get_ident()))
        _op("CONDITION", self, self._label, "WAIT", waiters=_ids(self._waiters))
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                for i in range(len(self._waiters)):
                    if self._waiters[i][0] is waiter:
                        del self._waiters[i]
                        break

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        woken = 0
        while waiters and woken < n:
            waiter = waiters.pop(0)
            woken += 1
            try:
                waiter[0].release()
            except RuntimeError:
                pass
        _op("CONDITION", self, self._label, "NOTIFY", counter=woken, waiters=_ids(waiters))

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


def _time():
    import time
    return time.monotonic()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value
        self._label = _new_label(self._kind_label())
        _op(self._kind(), self, self._label, "CREATE", counter=value)

    def _kind(self):
        return "SEMAPHORE"

    def _kind_label(self):
        return "Semaphore"

    def __repr__(self):
        return "<%s.%s at %s: value=%d>" % (self.__class__.__module__, self.__class__.__qualname__,
                                            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                _op(self._kind(), self, self._label, "BLOCK", counter=self._value,
                    waiters=_ids(self._cond._waiters) + [get_ident()])
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
            _op(self._kind(), self, self._label, "ACQUIRE" if rc else "FAILED", counter=self._value,
                waiters=_ids(self._cond._waiters))
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()
            _op(self._kind(), self, self._label, "RELEASE", counter=self._value,
                waiters=_ids(self._cond._waiters))

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def _kind(self):
        return "BOUNDED_SEMAPHORE"

    def _kind_label(self):
        return "BoundedSemaphore"

    def __repr__(self):
        return "<%s.%s at %s: value=%d/%d>" % (self.__class__.__module__, self.__class__.__qualname__,
                                               hex(id(self)), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()
            _op(self._kind(), self, self._label, "RELEASE", counter=self._value,
                waiters=_ids(self._cond._waiters))


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False
        self._label = _new_label("Event")

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return "<%s.%s at %s: %s>" % (cls.__module__, cls.__qualname__, hex(id(self)), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()
            _op("EVENT", self, self._label, "SET")

    def clear(self):
        with self._cond:
            self._flag = False
            _op("EVENT", self, self._label, "CLEAR")

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                _op("EVENT", self, self._label, "WAIT", waiters=_ids(self._cond._waiters) + [get_ident()])
                signaled = self._cond.wait(timeout)
            return signaled


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True

    def _daemonic_ok(self):
        return True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped or (self._started.is_set() and not _thread._alive(self._ident)):
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        _limbo[self] = self
        try:
            self._ident = _start(self._bootstrap, self._name, self._daemonic)
        except Exception:
            del _limbo[self]
            raise
        if _thread._process_mode():
            # processes mode: the thread runs on a copy of this object in its own process
            del _limbo[self]
            self._started.set()
        else:
            self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        _active[self._ident] = self
        _limbo.pop(self, None)
        self._started.set()
        try:
            self._bootstrap_inner()
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)

    def _bootstrap_inner(self):
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            _thread._print_exception("Exception in thread %s:" % self._name, exc)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        _thread._join(self._ident, timeout)

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident is not None:
            _thread._set_name(self._ident, self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        return None if self._ident is None else self._ident % 100000

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped and _thread._alive(self._ident)

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _warn('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _warn('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _warn('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _warn('setName() is deprecated, set the name attribute instead')
        self.name = name


def _warn(message):
    _thread._warn(message)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    def __init__(self):
        object.__setattr__(self, '_local__dicts', {})

    def __getattribute__(self, name):
        if name == '__dict__':
            return object.__getattribute__(self, '_local__dicts').setdefault(get_ident(), {})
        d = object.__getattribute__(self, '_local__dicts').setdefault(get_ident(), {})
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        object.__getattribute__(self, '_local__dicts').setdefault(get_ident(), {})[name] = value

    def __delattr__(self, name):
        d = object.__getattribute__(self, '_local__dicts').setdefault(get_ident(), {})
        if name not in d:
            raise AttributeError(name)
        del d[name]


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def active_count():
    return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    return list(_active.values()) + list(_limbo.values())


def main_thread():
    return _main_thread


_main_thread = _MainThread()


_threading_atexits = []


def _register_atexit(func, *arg, **kwargs):
    _threading_atexits.append((func, arg, kwargs))


def _shutdown():
    # Called by the VM when the main thread's code is done, before it joins non-daemon threads.
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
