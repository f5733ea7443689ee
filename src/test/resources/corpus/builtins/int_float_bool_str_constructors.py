print(int(), int("42"), int(" -7 "), int("1_000"), int(3.99), int(-3.99), int(True))
print(int("ff", 16), int("0x1f", 16), int("0b101", 0), int("777", 8), int("z", 36))
for bad in ["", "1.5", "abc", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
print(float(), float("3.5"), float("  -1e3 "), float("inf"), float("-inf"), float("nan"), float(7))
try:
    float("one")
except ValueError as e:
    print("ValueError:", e)
print(bool(), bool(0), bool(""), bool("0"), bool([0]), bool(None), bool(0.0), bool(-1))
print(str(), str(12), str(1.0), str(None), str(True), str([1, "a"]), str(b"x"), str("s"))
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("tab\tnl\n"), repr("\x00\u00e9"))
print(list("ab"), tuple([1]), dict([("a", 1)]), set("aa") == {"a"}, frozenset())
print(int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"))
