x = "hi"
v = 3.14159
n = 1234567
k = 10
print(f"[{x!r:>10}] [{x!s:<6}] [{x!a}] [{x:^7}] [{x:*^8}]")
print(f"{v:.3f} {v:10.2f}| {v:<10.1f}| {v:+.2e} {v:.0f} {v:g} {1e20:g} {0.00001:g} {v:%}")
print(f"{n:,} {n:_} {n:>12,} {-n:,} {n:e} {1234.5678:,.2f}")
print(f"{k:08b} {k:b} {k:o} {k:x} {k:X} {k:#x} {k:#o} {k:#b} {255:#06x} {65:c}")
print(f"{k:5d}| {k:<5d}| {k:^5d}| {k:05d} {-k:05d} {k:+d} {k: d} {-k: d}")
# "0x" + hex digits is normalised as an address by the harness; "0x_" keeps the digits compared.
print(f"{k:#x} {255:#06x} {-255:#x} {48879:#X}".replace("0x", "0x_"))
width, prec = 10, 2
print(f"{v:{width}.{prec}f}| {x:>{width}}|")
print(f"{'nested'!r} {f'{k}'} {{literal braces}} {k * 2 = } {x=}")
print(f"{[1, 2]} {dict(a=1)} {None} {True:d} {3.0} {1e16} {2**70}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {-0.0:.1f}")
print(f"{'left':<8}|{'right':>8}|{12:=+6}|")
print(f"{12.5:08.3f} {-3:+05d} {1e-7:.2e} {123456789:.3e}")
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{3.5:d}"
except ValueError as e:
    print("ValueError:", e)
