import sys
def f(x):
    return f(x + 1)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
f(0)
