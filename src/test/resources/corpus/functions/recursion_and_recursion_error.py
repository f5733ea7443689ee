import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20))
print(fact(100) % 1000003)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])
print(sys.getrecursionlimit())

depth = 0
def dive():
    global depth
    depth += 1
    dive()

try:
    dive()
except RecursionError as e:
    print("RecursionError:", e)
    print("depth near limit:", 900 < depth <= 1000)
print("still running")
