# `import a.b as c` binds the submodule a.b (IMPORT_FROM down the dotted path), while
# `import a.b` binds the top package a; `from a import b` also gives the submodule.
import collections.abc as cabc
import concurrent.futures as cf
print(cabc.__name__, cf.__name__, cabc.Iterable)
import collections.abc
print(collections.__name__, collections.abc.__name__, collections.abc is cabc)
from collections import abc
print(abc is cabc)


def inside():
    import collections.abc as local_abc
    return local_abc.__name__


print(inside())
try:
    import collections.nothing as missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
