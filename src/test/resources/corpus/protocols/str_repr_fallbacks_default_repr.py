class Neither:
    pass

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "just str"

class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"

n = Neither()
print(repr(n))
print(str(n) == repr(n))
print(n)
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
print(Both(), repr(Both()), [Both()], (Both(),), {"k": Both()})
print(f"{Both()} {Both()!r} {Both()!s}")
print(repr(Neither))
class Nested:
    class Inner:
        pass
print(Nested.Inner, Nested.Inner())
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
