def a(n):
    return b(n + 1)
def b(n):
    return a(n + 1)
try:
    a(0)
except RecursionError as e:
    print("RecursionError", e)
class Node:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return f"Node({self.me!r})"
try:
    repr(Node())
except RecursionError as e:
    print("RecursionError", e)
l = [1]; l.append(l); print(l)
d = {}; d["self"] = d; print(d)
class P:
    @property
    def x(self):
        return self.x
try:
    P().x
except RecursionError as e:
    print("RecursionError", e)
class G:
    def __getattr__(self, n):
        return self.missing
try:
    G().foo
except RecursionError as e:
    print("RecursionError", e)
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(len(str(fact(900))))
import sys
sys.setrecursionlimit(50)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 30)
sys.setrecursionlimit(1000)
print(fact(500) > 0)
