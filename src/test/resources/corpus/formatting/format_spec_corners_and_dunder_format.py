class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        if spec.endswith("k"):
            return f"${self.v/1000:{spec[:-1]}}k"
        return format(self.v, spec)
    def __repr__(self): return f"Money({self.v!r})"
    def __str__(self): return f"{self.v} dollars"
m = Money(12345.678)
print(f"{m}", f"{m:.2f}", f"{m:.1k}", f"{m!r}", f"{m!s}", f"{m!a}")
print("{0} {0!r} {0:>20}".format(m) if False else "{0} {0!r}".format(m))
print(format(m), format(m, ",.1f"))
for v in [0, 1, -1, 255, 3.14159, -0.5, 1e10, 1.5e-7, 123456789, True, None, "txt"]:
    print(repr(v), f"{v!r:>14}|{str(v):<8}|")
for spec in ["", "10", "<10", ">10", "^10", "*^10", "+", " ", "-", "010", "+010", ",", "_", "_b", "#x", "#o", "#b", "X", "e", ".3e", "g", ".3g", "%", ".1%", "n", "c"]:
    out = []
    for v in [42, -42, 1234567, 3.5, -0.125, 1e20]:
        try:
            out.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            out.append("E:" + str(e))
    print(repr(spec), out)
print(f"{'abc':.2}", f"{'abc':x<6}", f"{'abc':=>6}", f"{3:=+5}", f"{-3:=5}")
print(f"{1234.5:,.2f}", f"{1234.5:_.2f}", f"{0.000123:.2e}", f"{12:#06x}", f"{-12:#06x}")
print(f"{float('inf'):>8}", f"{float('nan'):+}", f"{-float('inf'):e}")
print(f"{10**20:,}", f"{2**64:_x}", f"{1/3:.20f}", f"{2/3:g}", f"{1e-5:g}", f"{1e16:g}", f"{123456.0:g}")
print("%5.2f|%-6d|%+d|%x|%X|%o|%e|%g|%r|%s|%%|%c" % (3.14159, 42, 5, 255, 255, 8, 12345.678, 0.0001, "a", None, 65))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print(str(1e16), str(1e-4), str(0.1 + 0.2), repr(1/3), str(-0.0), 1e300 * 1e10, 2.5e-324)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234, -2), round(1.0), round(7.0, 0))
print(int(3.9), int(-3.9), float("  1.5  "), float("1_000.5"), int("0x1f", 16), int("0b101", 0), int(" -7 "))
print(divmod(7, -2), divmod(-7, 2), 7 // -2, -7 % 2, 7.5 // 2, -7.5 % 2, divmod(7.5, -2))
print(2 ** 100, 2 ** -2, (-8) ** (1/3) if False else "skip", pow(2, 10, 1000), 10 ** 20 // 3)
print(0.1 + 0.2 == 0.3, abs(-0.0), 1e308 * 10, -1e308 * 10, float("inf") - float("inf"))
print(hex(255), oct(8), bin(5), hex(-255), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((12).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else "", (10).as_integer_ratio(), (0.5).as_integer_ratio())
print(1.5.is_integer(), 2.0.is_integer(), (3.75).hex(), float.fromhex("0x1.8p1"))
print(complex(1, 2), complex(1, -0.0), 1j * 1j, abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"))
