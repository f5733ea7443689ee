def g():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
x = g(); next(x); x.close()
def h():
    yield 1
    yield 2
y = h()
print(list(zip(y, y)))
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__, type(gen).__name__, iter(gen) is gen)
def ret_in_finally():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(ret_in_finally())
def nested_try():
    try:
        try:
            raise TypeError("a")
        except TypeError:
            raise ValueError("b")
    except ValueError as e:
        return repr(e.__context__)
print(nested_try())
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
class CM:
    def __enter__(self): return 1
    def __exit__(self, *a): return None
def with_return():
    with CM() as v:
        return v + 1
print(with_return())
def loop_with():
    for i in range(3):
        with CM():
            if i == 1:
                continue
            if i == 2:
                break
    return i
print(loop_with())
def exc_in_loop():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            out.append(i)
        except KeyError as k:
            out.append(("k", k.args[0]))
            continue
        finally:
            out.append("f")
    return out
print(exc_in_loop())
s = "x"
print(f"{s!r:>5}", f"{{}}", f"{'a' 'b'}", f"{1+1=}", f"{3.0:.0f}", f"{12:,d}", f"{-3:5}")
print("{:>8.3f}|{:<5}|{:^5}|{:+}".format(3.14159, "ab", "c", 5))
print("%(a)s-%(b)d" % {"a": "A", "b": 2})
print(str(b"a"), repr(b"\x00\n'"), b"abc".decode(), "é".encode())
print(list(map(lambda *a: a, [1, 2], [3, 4])))
import functools
@functools.wraps(print)
def p2(*a): pass
print(p2.__name__)
def kwonly(*, a, b=2):
    return a + b
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly()
except TypeError as e:
    print(e)
def two(a, b): pass
try:
    two(1)
except TypeError as e:
    print(e)
try:
    two(1, 2, 3)
except TypeError as e:
    print(e)
try:
    two(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    two(1, a=1)
except TypeError as e:
    print(e)
class M:
    def m(self): pass
try:
    M().m(1)
except TypeError as e:
    print(e)
try:
    M.m()
except TypeError as e:
    print(e)
try:
    object().foo = 1
except AttributeError as e:
    print(e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
try:
    int.x = 1
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    [].append()
except TypeError as e:
    print(e)
try:
    {}[[]] = 1
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = (1,)
except ValueError as e:
    print(e)
try:
    x, = 5
except TypeError as e:
    print(e)
