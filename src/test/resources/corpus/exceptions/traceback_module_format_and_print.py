import traceback, sys, io

def show(text, end="\n"):
    # CPython names the script by its full path: keep the file's own name only
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith('  File "'):
            head, name, rest = line.split('"', 2)
            line = head + '"' + name.rsplit("/", 1)[-1] + '"' + rest
        out.append(line)
    print("".join(out), end=end)

def parse(s):
    return int(s)

def load(items):
    return [parse(x) for x in items]

try:
    load(["1", "x"])
except ValueError:
    text = traceback.format_exc()
    show(text)
    traceback.print_exc()
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue(), end="")

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(len(lines) > 3, lines[-1], end="")
    show("".join(traceback.format_exception(e, chain=False)), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    show("".join(traceback.format_tb(e.__traceback__)), end="")
    buf = io.StringIO()
    traceback.print_exception(type(e), e, e.__traceback__, file=buf)
    print(buf.getvalue().count("Traceback"))

print(traceback.format_exception(ValueError("never raised")))
print(repr(traceback.format_exc()))

def risky(n):
    if n == 0:
        raise ZeroDivisionError("n is zero")
    return risky(n - 1)

for n in range(2):
    try:
        risky(n)
    except ZeroDivisionError:
        print(traceback.format_exc().splitlines()[-1])
