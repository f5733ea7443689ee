# an augmented assignment to an unbound name: the traceback's caret is under the target
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def a():
    y += 1
check(a)
def b():
    global zz
    zz -= 1
check(b)
def c():
    total = 0
    def inner():
        nonlocal total
        del total
        total *= 2
    inner()
check(c)
def d():
    lst = [1]
    lst += 5
check(d)
counter += 1
