# pow(a, b, None) is pow(a, b); a class's __pow__(self, other, mod=None) may pass its mod on
class Mod:
    def __init__(self, v):
        self.v = v

    def __pow__(self, other, mod=None):
        return Mod(pow(self.v, other, mod))

    def __repr__(self):
        return f"Mod({self.v})"

print(pow(2, 10, None), pow(2.0, 3, None), pow(2, -1, None))
print(Mod(3) ** 2, pow(Mod(3), 2), pow(Mod(3), 2, 5))
try:
    pow(2, 3, 4, 5)
except TypeError as e:
    print(e)
try:
    pow(2.0, 3, 4)
except TypeError as e:
    print(e)
print(pow(base=2, exp=5), pow(3, exp=2, mod=4), pow(2, 3, mod=None))
for bad in [(), (1,)]:
    try:
        pow(*bad)
    except TypeError as e:
        print(e)
try:
    pow(2, 3, modulo=4)
except TypeError as e:
    print(e)
