# multiprocessing for the Ouroboros VM. Each Process is a simulated process with its own GIL,
# started as by fork (it gets a copy of the __main__ globals); Queue, Pipe and Manager queues are
# the only shared objects and copy what passes through them, like pickle (see ProcessCopier).
import _thread
import threading
import queue as _queue
from queue import Empty, Full

__all__ = ['Process', 'Queue', 'JoinableQueue', 'Pipe', 'Manager', 'Pool', 'cpu_count', 'current_process',
           'active_children', 'Lock', 'RLock', 'Event', 'Semaphore', 'Condition', 'TimeoutError']

_copy = _thread._copy
_counter = 0
_children = []


class TimeoutError(Exception):
    pass


class ProcessError(Exception):
    pass


def cpu_count():
    return _thread._cpu_count()


class Process:
    _ob_start_name = "Process"

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        global _counter
        assert group is None, 'group argument must be None for now'
        _counter += 1
        self._identity = (_counter,)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or ("%s-%d" % (self._ob_start_name, _counter))
        self._daemonic = bool(daemon) if daemon is not None else False
        self._ident = None
        self._exitcode = None
        self._closed = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        assert self._ident is None, 'cannot start a process twice'
        _children.append(self)
        self._ident = _thread._start_process(self._bootstrap, self._name, self._daemonic)

    def _bootstrap(self):
        _thread._set_process_handle(self)
        code = 0
        try:
            self.run()
        except SystemExit as e:
            if e.code is None:
                code = 0
            elif isinstance(e.code, int):
                code = e.code
            else:
                code = 1
        except BaseException as e:
            _thread._print_exception("Process %s:" % self._name, e)
            code = 1
        _thread._set_exitcode(code)

    def join(self, timeout=None):
        assert self._ident is not None, 'can only join a started process'
        _thread._join(self._ident, timeout)

    def is_alive(self):
        if self._ident is None:
            return False
        return _thread._alive(self._ident)

    def terminate(self):
        pass

    def kill(self):
        pass

    def close(self):
        self._closed = True

    @property
    def exitcode(self):
        if self._ident is None:
            return None
        return _thread._exitcode(self._ident)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._ident is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def pid(self):
        if self._ident is None:
            return None
        return 4000 + (self._ident >> 24) % 100000

    ident = pid

    def __repr__(self):
        if self._ident is None:
            status = 'initial'
        elif self.is_alive():
            status = 'started'
        else:
            status = 'stopped exitcode=%s' % self.exitcode
        return '<%s name=%r %s%s>' % (type(self).__name__, self._name, status,
                                      ' daemon' if self._daemonic else '')


class _MainProcess(Process):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._daemonic = False
        self._ident = _thread._main_ident()
        self._target = None

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_main_process = _MainProcess()


def current_process():
    h = _thread._process_handle()
    return _main_process if h is None else h


def parent_process():
    return None if _thread._process_id() == 0 else _main_process


def active_children():
    return [p for p in _children if p.is_alive()]


class Queue:
    '''A process-shared FIFO queue; items are copied on put and on get, as pickle would.'''
    _ob_shared = True

    def __init__(self, maxsize=0):
        self._q = _queue.Queue(maxsize)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        self._q.put(_copy(obj), block, timeout)

    def get(self, block=True, timeout=None):
        return _copy(self._q.get(block, timeout))

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


class SimpleQueue(Queue):
    pass


class Connection:
    '''One end of a Pipe.'''
    _ob_shared = True

    def __init__(self, inbox, outbox, readable, writable):
        self._inbox = inbox
        self._outbox = outbox
        self._readable = readable
        self._writable = writable
        self._closed = False

    def send(self, obj):
        if self._closed:
            raise OSError("handle is closed")
        if not self._writable:
            raise OSError("connection is read-only")
        self._outbox.put(_copy(obj))

    def recv(self):
        if self._closed:
            raise OSError("handle is closed")
        if not self._readable:
            raise OSError("connection is write-only")
        return _copy(self._inbox.get())

    def poll(self, timeout=0.0):
        if timeout is None:
            while self._inbox.empty():
                import time
                time.sleep(0.001)
            return True
        if not self._inbox.empty():
            return True
        if timeout > 0:
            import time
            time.sleep(timeout)
        return not self._inbox.empty()

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    a = _queue.Queue()
    b = _queue.Queue()
    if duplex:
        return Connection(a, b, True, True), Connection(b, a, True, True)
    return Connection(a, None, True, False), Connection(None, a, False, True)


class ListProxy:
    _ob_shared = True

    def __init__(self, items=()):
        self._items = list(items)
        self._lock = threading.Lock()

    def __getitem__(self, i):
        return _copy(self._items[i])

    def __setitem__(self, i, v):
        self._items[i] = _copy(v)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(_copy(list(self._items)))

    def append(self, v):
        with self._lock:
            self._items.append(_copy(v))

    def extend(self, vs):
        with self._lock:
            self._items.extend(_copy(list(vs)))

    def pop(self, *args):
        with self._lock:
            return self._items.pop(*args)

    def __repr__(self):
        return repr(self._items)

    def _getvalue(self):
        return _copy(self._items)


class DictProxy:
    _ob_shared = True

    def __init__(self, *args, **kwargs):
        self._d = dict(*args, **kwargs)

    def __getitem__(self, k):
        return _copy(self._d[k])

    def __setitem__(self, k, v):
        self._d[k] = _copy(v)

    def __delitem__(self, k):
        del self._d[k]

    def __contains__(self, k):
        return k in self._d

    def __len__(self):
        return len(self._d)

    def get(self, k, default=None):
        return _copy(self._d.get(k, default))

    def keys(self):
        return list(self._d.keys())

    def values(self):
        return _copy(list(self._d.values()))

    def items(self):
        return _copy(list(self._d.items()))

    def __repr__(self):
        return repr(self._d)

    def _getvalue(self):
        return _copy(self._d)


class SyncManager:
    '''Manager(): queues, lists and dicts shared by every process (a server process in CPython).'''
    _ob_shared = True

    def start(self):
        pass

    def shutdown(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.shutdown()

    def Queue(self, maxsize=0):
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        return JoinableQueue(maxsize)

    def list(self, items=()):
        return ListProxy(items)

    def dict(self, *args, **kwargs):
        return DictProxy(*args, **kwargs)

    def Lock(self):
        return threading.Lock()

    def RLock(self):
        return threading.RLock()

    def Event(self):
        return threading.Event()

    def Semaphore(self, value=1):
        return threading.Semaphore(value)

    def Condition(self, lock=None):
        return threading.Condition(lock)


def Manager():
    return SyncManager()


def Lock():
    return threading.Lock()


def RLock():
    return threading.RLock()


def Event():
    return threading.Event()


def Semaphore(value=1):
    return threading.Semaphore(value)


def BoundedSemaphore(value=1):
    return threading.BoundedSemaphore(value)


def Condition(lock=None):
    return threading.Condition(lock)


class AsyncResult:
    _ob_shared = True

    def __init__(self, callback=None, error_callback=None):
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, success, value):
        self._success = success
        self._value = value
        if success and self._callback:
            self._callback(value)
        if not success and self._error_callback:
            self._error_callback(value)
        self._event.set()


class _PoolWorker(Process):
    _ob_start_name = "ForkPoolWorker"

    def __init__(self, tasks, results):
        Process.__init__(self, daemon=True)
        self._tasks = tasks
        self._results = results

    def run(self):
        while True:
            task = self._tasks.get()
            if task is None:
                break
            job, func, args, kwds = task
            try:
                result = (job, True, func(*args, **kwds))
            except Exception as e:
                result = (job, False, e)
            self._results.put(result)


class Pool:
    '''A pool of worker processes; results come back through a result-handler thread.'''
    _ob_shared = True

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        self._processes = processes
        self._tasks = Queue()
        self._results = Queue()
        self._cache = {}
        self._job = 0
        self._state = 'RUN'
        self._pool = [_PoolWorker(self._tasks, self._results) for _ in range(processes)]
        for w in self._pool:
            w.start()
        self._handler = threading.Thread(target=self._handle_results, daemon=True)
        self._handler.start()

    def _handle_results(self):
        while True:
            item = self._results.get()
            if item is None:
                break
            job, ok, value = item
            self._cache.pop(job)._set(ok, value)

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        self._job += 1
        result = AsyncResult(callback, error_callback)
        self._cache[self._job] = result
        self._tasks.put((self._job, func, tuple(args), dict(kwds)))
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        results = [self.apply_async(func, (x,)) for x in iterable]
        return _MapResult(results, callback)

    def map(self, func, iterable, chunksize=None):
        return [r.get() for r in [self.apply_async(func, (x,)) for x in iterable]]

    def starmap(self, func, iterable, chunksize=None):
        return [r.get() for r in [self.apply_async(func, tuple(x)) for x in iterable]]

    def imap(self, func, iterable, chunksize=1):
        for r in [self.apply_async(func, (x,)) for x in iterable]:
            yield r.get()

    def imap_unordered(self, func, iterable, chunksize=1):
        return self.imap(func, iterable, chunksize)

    def close(self):
        self._state = 'CLOSE'

    def terminate(self):
        self._state = 'TERMINATE'
        for w in self._pool:
            self._tasks.put(None)

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        for r in list(self._cache.values()):
            r.wait()
        for w in self._pool:
            self._tasks.put(None)
        for w in self._pool:
            w.join()
        self._results.put(None)
        self._handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *args):
        self.terminate()


class _MapResult:
    def __init__(self, results, callback):
        self._results = results
        self._callback = callback

    def get(self, timeout=None):
        values = [r.get(timeout) for r in self._results]
        if self._callback:
            self._callback(values)
        return values

    def wait(self, timeout=None):
        for r in self._results:
            r.wait(timeout)

    def ready(self):
        return all(r.ready() for r in self._results)
