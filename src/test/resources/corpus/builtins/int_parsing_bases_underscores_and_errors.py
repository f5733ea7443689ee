# int(text, base): base prefixes, base 0 reading a literal (no leading zeros), one underscore
# between digits, signs and whitespace, Unicode digits, and the two ValueError texts.
for text, base in [("010", 0), ("0", 0), ("00", 0), ("0_0", 0), ("0x_ff", 16), ("0x_ff", 0), ("1_", 10),
                   ("_1", 10), ("1__0", 10), ("1_000", 10), ("-_1", 10), ("+-1", 10), ("- 1", 10), ("12", 40),
                   ("12", 1), ("z", 36), ("  -0b101  ", 0), ("0o17", 8), ("0o17", 10), ("0b2", 0), ("١٢", 10),
                   ("1 2", 10), ("ff", 16), ("FF", 16), ("0XfF", 0), ("", 10), ("+", 10), ("0x", 16)]:
    try:
        print(f"int({text!r}, {base}) = {int(text, base)}")
    except ValueError as e:
        print(f"int({text!r}, {base}): ValueError: {e}")
print((10).bit_count(), (-255).bit_count(), (2**100 - 1).bit_count(), (0).bit_count())
