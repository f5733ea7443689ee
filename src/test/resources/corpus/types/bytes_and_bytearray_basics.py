b = b"hello world"
print(b, len(b), b[0], b[-1], b[:5], b.upper(), b.split(), b.find(b"o"), b.replace(b"l", b"L"))
print(b"\x00\xff\n'", b'"', bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"a" + b"b", b"ab" * 2)
print(b.decode(), list(b"abc"), b"abc" == b"abc", b"a" < b"b", b"x" in b"xyz", 120 in b"xyz")
print(b.hex(), bytes.fromhex("6869"), b.startswith(b"he"), b.count(b"l"), b"-".join([b"a", b"b"]))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), len(ba))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(repr(b"\t\r\\"), str(b"x"))
