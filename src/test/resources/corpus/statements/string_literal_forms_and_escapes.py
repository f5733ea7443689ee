print('single', "double", '''triple
single''', """triple "double" """)
print("implicit " "concatenation " 'mixed')
print(r"raw \n stays", R'\d+', rb"\x00", br"\t")
print("tab:\t|", "newline-escaped: \\n", "quote: \" \'", "bell-free \x41\u0042\U00000043\N{LATIN SMALL LETTER E WITH ACUTE}")
print("line\
 continued", len("\\"), len("\n"), len(r"\n"))
print(b"bytes \x41", b'\'', f"f-string {1 + 1}", rf"raw f {2 * 3}\n", F"{'upper F'}")
print("""a
b""".splitlines(), "\101\060", "\0".encode(), '\'' == "'")
text = ("parenthesised "
        "multi-line "
        "literal")
print(text)
print(0x1F, 0o17, 0b11, 1_000, 1e3, 1.5e-3, .5, 5., 0.000_1)
