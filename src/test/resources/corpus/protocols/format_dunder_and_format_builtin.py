class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self):
        return "Money"

m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:.1f}", format(m, "short"), "{:short}".format(m))
print(str(m), f"{m!s}")
print(format(3.14159, ".2f"), format(42, "x"), format("hi", "^6"), format(7))
class NoFormat:
    pass
try:
    format(NoFormat(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(NoFormat(), "").startswith("<__main__.NoFormat"))
