class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Managed("a") as a, Managed("b") as b:
    print("body", a, b)
with Managed("outer", suppress=True):
    with Managed("inner"):
        raise ValueError("boom")
    print("not reached")
print("after suppressed")
try:
    with Managed("plain"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def early():
    with Managed("ret"):
        return "returned"
print(early())
for i in range(3):
    with Managed(str(i)):
        if i == 1:
            break
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
