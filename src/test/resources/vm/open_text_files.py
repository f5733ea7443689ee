import sys
d = sys.argv[1]
name = d + "/notes.txt"
with open(name, "w", encoding="utf-8") as f:
    print(f.write("first line\n"), f.closed, f.mode, f.name == name)
    f.writelines(["second\n", "third, no newline"])
print(f.closed)
with open(name, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.read()), repr(f.read()))
with open(name, "a") as f:
    f.write("\nappended: héllo\n")
for line in open(name):
    print(repr(line))
f = open(name)
print(f.readlines(), f.encoding)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
for mode in ["q", "rw"]:
    try:
        open(name, mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    open(d + "/missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == d + "/missing.txt", e.args)
try:
    open(d)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
w = open(name, "w")
try:
    w.read()
except OSError as e:
    print(type(e).__name__, e)
w.close()
r = open(name)
try:
    r.write("x")
except OSError as e:
    print(type(e).__name__, e)
print(repr(r.read()))
r.close()
with open(name, "w") as f:
    f.write("line one\r\nline two\rline three\n")
print(open(name).read().splitlines())
try:
    open(name).write(5)
except Exception as e:
    print(type(e).__name__, e)
print(type(open(name)))
