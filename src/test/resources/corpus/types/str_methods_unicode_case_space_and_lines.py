samples = ["", " ", "abc", "Hello World", "  padded  ", "a,b,,c", "ÄÖü ß", "ǆemo", "İstanbul", "ﬁne", "hello\tworld\n", "line1\nline2\r\nline3\rline4", "MiXeD cAsE 123", "123", "١٢٣", "½", "x²", "\u2160", "snake_case_name", "CamelCaseName", "a\u00a0b", "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028", "don't", "ΣΑΣ", "straße", "ﬀ", "tab\there", "it's O'Neil's", "😀a😀"]
methods0 = ["upper", "lower", "casefold", "swapcase", "capitalize", "title", "isalpha", "isalnum", "isdigit", "isdecimal",
            "isnumeric", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii", "split",
            "splitlines", "strip", "lstrip", "rstrip", "expandtabs"]
for s in samples:
    out = []
    for m in methods0:
        try:
            out.append(getattr(s, m)())
        except Exception as e:
            out.append(type(e).__name__)
    print(repr(s), out)
for s in samples:
    print(repr(s), s.split(","), s.split(" ", 1), s.rsplit(None, 1), s.partition(" "), s.rpartition("l"), s.center(12, "*"),
          s.ljust(4, "-"), s.zfill(6), s.replace("l", "L", 1), s.count("l"), s.find("o", 2), s.rfind("o", 0, 5),
          s.startswith(("a", "H")), s.endswith("d", 0, 11), s.splitlines(True), s.strip("adl "), s.expandtabs(4), s.encode("utf-8", "replace")[:20],
          s.removeprefix("He"), s.removesuffix("ld"), s.title(), repr(s), ascii(s), len(s), s[::-1], s[1:-1:2])
print("{:^7}|{:*<5}|{:>6.2}|".format("ab", "c", "xyz"), "a{0}b{1}c{0}".format(1, 2), "{0[1]}{1[k]}".format([5, 6], {"k": 7}))
print("{a.real}{b!r:>5}".format(a=3, b="q"), "{{}}{}".format(1), "%5.1s|%-3c|" % ("abc", "z"))
print(",".join(map(str, range(5))), "".join(reversed("abc")), " ".join("a b  c".split()), "-".join([]))
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "Z" < "a", "é" > "z", sorted(["b", "B", "a", "A", "é", "_"]))
print(str.maketrans("ab", "xy"), "abcab".translate(str.maketrans("ab", "xy", "c")), "hello".translate({104: None, 101: "EE"}))
print("%s" % [1, 2], "%s" % ((1, 2),), "%r" % "q", "%-8s|%8s|" % ("l", "r"), "%05.1f|%+.2e|%o|%#x" % (3.14159, 12345, 8, 255))
print("abc" * 0, "abc" * -1, "-" * 10, "ab" in "cab", "" in "x", "x".find(""), "abc".index("c"), "aaa".count("aa"), "aaa".replace("", "-"))
