# dis of module-level code: its RESUME sits on line 0 (printed as such), each later line starts
# a new group; the instructions here have no inline caches, so offsets match CPython's.
import dis

dis.dis("x = 1\ny = x\ndel x")
dis.dis("import a.b.c as d")
