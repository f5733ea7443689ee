b = bytearray(b"hello")
b.append(33); print(b)
b.extend(b" world"); print(b)
b.insert(0, 62); print(b)
print(b.pop(), b.pop(0), b)
b.remove(ord("o")); print(b)
b.reverse(); print(b)
b[0] = 65; print(b)
b[1:3] = b"XYZ"; print(b)
del b[0]; print(b)
del b[::2]; print(b)
b += b"!!"; print(b)
b *= 2; print(b)
c = b.copy(); c.clear(); print(c, b)
print(bytearray(3), bytearray([1, 2, 3]), bytearray("hé", "utf-8"))
try:
    b.append(256)
except ValueError as e:
    print("ValueError", e)
try:
    b.remove(200)
except ValueError as e:
    print("ValueError", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError", e)
x = bytearray(b"abc")
x[0:0] = [1, 2]
print(x, x.hex(), x.upper(), x.find(b"b"), x.decode("latin-1"))
print(bytearray.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(x == b"\x01\x02abc", b"abc" + bytearray(b"d"), bytearray(b"d") + b"abc")
print(len(x), x[1], x[-1], x[1:3], list(x))
x.extend([100, 101])
print(x, repr(x), str(x))
y = bytearray(b"  pad  ")
print(y.strip(), y.split(), y.replace(b"p", b"P"), y.count(b" "))
try:
    hash(y)
except TypeError as e:
    print("TypeError", e)
print(bytearray(b"a,b,c").split(b","), b"-".join([bytearray(b"x"), b"y"]))
z = bytearray(b"xyz"); z[0:1] = b""; print(z)
z.extend(range(65, 68)); print(z)
print(isinstance(z, bytearray), type(z).__name__, bytearray is bytes)
try:
    z[10]
except IndexError as e:
    print("IndexError", e)
try:
    z[0] = "a"
except TypeError as e:
    print("TypeError", e)
