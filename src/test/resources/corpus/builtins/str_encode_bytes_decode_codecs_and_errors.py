# str.encode / bytes.decode / str(b, enc) / bytes(s, enc) with utf-8, ascii and latin-1, the
# error handlers, and CPython's exact UnicodeEncodeError/UnicodeDecodeError texts and attributes.
for text, enc, errs in [("é", "ascii", "strict"), ("héé!", "ascii", "strict"), ("héllo", "ascii", "ignore"),
                        ("héllo", "ascii", "replace"), ("héllo", "ascii", "backslashreplace"),
                        ("h€", "latin-1", "strict"), ("h€", "utf-8", "strict"), ("😀", "ascii", "backslashreplace"),
                        ("x", "no-such-codec", "strict"), ("\ud800", "utf-8", "strict"), ("é", "UTF8", "strict"),
                        ("é", "Latin1", "strict"), ("é", "ascii", "no-such-handler")]:
    try:
        print(f"{text!r}.encode({enc!r}, {errs!r}) = {text.encode(enc, errs)!r}")
    except UnicodeEncodeError as e:
        print(f"{text!r}.encode({enc!r}): UnicodeEncodeError: {e} | {e.encoding} {e.start} {e.end} {e.reason}")
    except LookupError as e:
        print(f"{text!r}.encode({enc!r}, {errs!r}): LookupError: {e}")

for data, enc, errs in [(b"\xff", "utf-8", "strict"), (b"a\xc3", "utf-8", "strict"), (b"\xc3(", "utf-8", "strict"),
                        (b"\xe2\x82(", "utf-8", "strict"), (b"\xe2\x82", "utf-8", "strict"),
                        (b"\xed\xa0\x80", "utf-8", "strict"), (b"caf\xc3\xa9", "utf-8", "strict"),
                        (b"\xe9", "latin-1", "strict"), (b"\xe9", "ascii", "strict"), (b"a\xffb", "utf-8", "replace"),
                        (b"a\xffb", "utf-8", "ignore"), (b"a\xffb", "utf-8", "backslashreplace"),
                        (b"\xf0\x9f\x98\x80", "utf-8", "strict"), (b"\xf0\x9f\x98", "utf-8", "strict"),
                        (b"\xc0\x80", "utf-8", "strict")]:
    try:
        print(f"{data!r}.decode({enc!r}, {errs!r}) = {data.decode(enc, errs)!r}")
    except UnicodeDecodeError as e:
        print(f"{data!r}.decode({enc!r}): UnicodeDecodeError: {e} | {e.start} {e.end} {e.reason!r} {e.object!r}")

print(str(b"caf\xc3\xa9", "utf-8"), bytes("é", "utf-8"), str(b"x\xff", "ascii", "replace"),
      "é".encode(encoding="latin-1"), b"\xc3\xa9".decode(errors="strict"))
try:
    "a".encode(5)
except TypeError as e:
    print("TypeError:", e)
made = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "made by hand")
print(made, made.args)
"naïve".encode("ascii")
