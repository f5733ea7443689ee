def risky(n):
    if n == 0:
        raise ValueError("zero!")
    return 10 / n
for n in (2, 0):
    try:
        r = risky(n)
    except ValueError as e:
        print("ValueError:", e, type(e).__name__, e.args)
    else:
        print("ok", r)
    finally:
        print("finally", n)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except Exception as e:
    print(e, e.code, isinstance(e, MyErr), MyErr.__mro__[1:])
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return i
print(g())
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    x = undefined_name
except NameError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    int("x")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(e)
def unbound():
    print(v)
    v = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
e = "still here?"
try:
    raise ValueError
except ValueError as e:
    pass
print("e" in dir())
try:
    try:
        raise KeyError(1)
    finally:
        print("inner finally")
except LookupError as err:
    print("outer caught", repr(err))
import sys
try:
    raise ValueError("info")
except ValueError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
raise MyErr(42)
