# os for the Ouroboros VM: the process-identity and path-string parts course programs print
# (getpid agrees with multiprocessing's simulated processes); no file-system or process control.
import sys as _sys

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
environ = {}


def getpid():
    """The simulated process's id (the same number its multiprocessing.Process.pid shows)."""
    import multiprocessing
    return multiprocessing.current_process().pid


def getppid():
    import multiprocessing
    parent = multiprocessing.parent_process()
    return 1 if parent is None else parent.pid


def cpu_count():
    return 2


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return '/'


import posixpath as path  # noqa: E402
from posixpath import fspath  # noqa: E402,F401
