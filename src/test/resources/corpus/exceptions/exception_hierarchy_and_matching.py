for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, ModuleNotFoundError, UnboundLocalError, NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt, TypeError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
def which(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception as e:
        return "Exception " + type(e).__name__
print(which(IndexError()), which(OverflowError), which(ValueError("v")))
try:
    try:
        raise SystemExit(3)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
e = ValueError("a", 1)
print(e.args, str(e), repr(e), repr(ValueError()), str(ValueError("only")), repr(KeyError("k")), str(KeyError("k")))
print(str(OSError(2, "No such file")), OSError(2, "x").errno)
