class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"

class Quiet(Exception):
    pass

for e in [Exception(), Exception("a"), Exception("a", 2), ValueError(""), KeyError("k"), KeyError(), KeyError(1, 2),
          AppError(3, "bad"), Quiet(), OSError(2, "No such file"), OSError("x"), StopIteration(5),
          UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), SystemExit(3), AttributeError("nope"),
          IndexError("i"), ZeroDivisionError("division by zero"), BaseException("b"), NotImplementedError()]:
    print(type(e).__name__, repr(e), str(e), e.args)
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror)
try:
    raise AppError(404, "not found")
except Exception as e:
    print("caught", e, e.code, isinstance(e, AppError))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
def gen():
    try:
        yield 1
    finally:
        print("gen cleanup")
g = gen(); next(g); g.close()
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g2():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g2()
try:
    raise Exception("x") from 5
except TypeError as e:
    print("TypeError", e)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
e = ValueError("a")
e.add_note("note 1") if hasattr(e, "add_note") else None
print(getattr(e, "__notes__", None))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e))
import sys
try:
    raise KeyError("zz")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
print(sys.exc_info())
class E2(Exception):
    def __init__(self):
        pass
print(repr(E2()), str(E2()), E2().args)
try:
    raise E2
except E2 as e:
    print("E2", repr(e))
x = None
try:
    pass
except Exception as x:
    pass
print(x)
try:
    1/0
except Exception as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError", e)
print(issubclass(KeyError, LookupError), KeyError.__mro__)

try:
    int("x")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    deep(n - 1)
try:
    deep(3)
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames", n)
e = Exception("with tb")
print(e.__traceback__, e.with_traceback(None) is e)
