def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("conversion failed") from e

try:
    convert("x")
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise RuntimeError("outer") from None
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

def reraise():
    try:
        raise IndexError("original")
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print("re-raised", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
e = Exception("with tb")
print(e.__traceback__, e.__context__, e.__cause__)
