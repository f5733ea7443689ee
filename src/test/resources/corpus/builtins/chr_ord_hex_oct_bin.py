print(chr(65), chr(0x4e2d), ord("a"), ord("中"), chr(ord("z") - 25))
print(hex(255), hex(-255), oct(8), oct(-8), bin(10), bin(-10), bin(0))
print(int(hex(1234), 16), int(bin(77), 2))
# "0x" + hex digits is normalised as an address by the harness; "0x_" keeps the digits compared.
print(" ".join(h.replace("0x", "0x_") for h in (hex(255), hex(-255), hex(2 ** 70), hex(0))))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(ascii("héllo"), ascii([1, "ü"]))
