import io, sys
from contextlib import redirect_stdout, redirect_stderr
s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell())
print(repr(s.getvalue()))
s.seek(0); print(repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(0); print(s.readlines())
s.seek(0)
for line in s: print("line:", repr(line))
s2 = io.StringIO("abc\ndef\n"); print(s2.read(2), s2.tell(), list(s2))
print(type(s), isinstance(s, io.StringIO))
try:
    s.write(5)
except TypeError as e: print(e)
s.close(); print(s.closed)
try: s.getvalue()
except ValueError as e: print(e)
buf = io.StringIO()
print("a", 1, [2], sep="-", end="!\n", file=buf)
print(repr(buf.getvalue()))
with redirect_stdout(io.StringIO()) as out:
    print("inside")
    help_text = "x"
print("out was", repr(out.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
b = io.BytesIO(b"xy"); b.seek(0, 2); b.write(b"z"); print(b.getvalue(), b.tell())
try: b.write("s")
except TypeError as e: print(e)
class Tee:
    def __init__(self, *files): self.files = files
    def write(self, s):
        for f in self.files: f.write(s.upper())
        return len(s)
    def flush(self): pass
orig = sys.stdout
sys.stdout = Tee(orig)
print("shout", 42)
sys.stdout = sys.__stdout__
print("normal")
sys.stdout.write("direct\n")
print(sys.stdout, sys.stderr.name, sys.stdout.encoding)
sys.stdout.writelines(["a\n", "b\n"])
with io.StringIO() as f:
    f.write("ctx"); print(f.getvalue())
print(f.closed)
