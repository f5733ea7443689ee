# str.count with start/end (as find), str/bytes.isascii, str.isprintable.
print("abcabc".count("b", 2), "abcabc".count("b", 0, 2), "aaa".count("", 1), "abc".count("c", -1),
      "abc".count("a", 5, 1), "aaaa".count("aa"), "banana".count("an", 1, -1), b"abcb".count(b"b", 2))
for bad in [lambda: "a".count(), lambda: "a".count("a", 1, 2, 3), lambda: "a".count(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for s in ["abc", "é", "", "a\tb", "a b", "\x7f", "\u00a0", "😀", "\u200b", "Ab1!", "line\n"]:
    print(repr(s), s.isascii(), s.isprintable())
print(b"abc".isascii(), b"\xff".isascii(), bytearray(b"x").isascii(), b"".isascii())
