def attempt(value):
    try:
        print("try", value)
        result = 10 // value
    except ZeroDivisionError as e:
        print("except", type(e).__name__, e)
        return "from except"
    except (TypeError, ValueError) as e:
        print("tuple except", type(e).__name__)
        return "from tuple"
    else:
        print("else", result)
        return "from else"
    finally:
        print("finally", value)

print(attempt(2))
print(attempt(0))
print(attempt("x"))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())

def loop_with_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("cleanup", i)
loop_with_finally()
try:
    pass
except Exception:
    print("never")
else:
    print("no exception, else runs")
e = "before"
try:
    raise KeyError("k")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
