try:
    import not_a_real_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from functools import not_there
except ImportError as e:
    # CPython names the module's file path after the message; that part is machine-specific.
    print("ImportError:", str(e).split(" (")[0], e.name)
import sys as system
from time import time as now
print(system.__name__, callable(now))
import functools, types
print(functools.partial.__name__, types.SimpleNamespace.__name__)
print("sys" in system.modules, type(system.argv).__name__)
