s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip() + "|", "xxhixx".strip("x"))
t = "hello world"
print(t.upper(), t.title(), t.capitalize(), "MiXeD".lower(), "MiXeD".swapcase())
print(t.split(), "a,b,,c".split(","), "a b c".split(None, 1), "a,b,c".rsplit(",", 1), "l1\nl2\r\nl3".splitlines())
print("-".join(["x", "y", "z"]), t.replace("o", "0"), t.replace("o", "0", 1))
print(t.find("o"), t.rfind("o"), t.find("zz"), t.index("w"), t.count("l"), t.count(""))
try:
    t.index("zz")
except ValueError as e:
    print("ValueError:", e)
print(t.startswith("he"), t.endswith(("x", "ld")), t.startswith("wor", 6))
print("42".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "Ab".isupper(), "ab".islower(), "x_1".isidentifier())
print("5".zfill(3), "-5".zfill(4), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("z"))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"))
print("tab\tsep".expandtabs(4), "%".join("abc"), "abc"[::-1], "ab" * 3, "a" in "cat")
print("é".encode("utf-8"), b"\xc3\xa9".decode("utf-8"), "ABC".casefold())
print(str.maketrans("ab", "xy"), "aabbc".translate(str.maketrans("ab", "xy")))
print(" ".join("{0}{1}".format(c, i) for i, c in enumerate("ab")))
print("hello"[1], "hello"[-1], len("héllo"), "abc" < "abd", "Z" < "a")
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
