# os: the simulated process id agrees with multiprocessing's, and os.path's string functions
# (posixpath) split and join as CPython's do.
import os
import os.path
import multiprocessing
from os import path as p

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, type(os.getpid()), os.path is p, p.__name__)
print(os.getpid() == multiprocessing.current_process().pid, isinstance(os.cpu_count(), int))
for args in [("a", "b", "c.txt"), ("/usr", "lib"), ("a/", "b"), ("a", "/abs", "x"), ("", "x"), ("a", "")]:
    print("join", args, "->", os.path.join(*args))
for path in ["/usr/lib/python3.11/os.py", "relative/file.tar.gz", "noext", ".bashrc", "/", "dir/", "a/.hidden.txt",
             "//double//slash/", "a/b/../c/./d"]:
    print(repr(path), os.path.split(path), os.path.basename(path), os.path.dirname(path), os.path.splitext(path),
          os.path.isabs(path), os.path.normpath(path))
