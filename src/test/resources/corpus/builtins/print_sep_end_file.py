import sys
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" | continued")
print(1, 2, sep="", end="\n\n")
print()
print("to stderr", file=sys.stderr)
print("out", "again", sep=", ", end="!\n", file=sys.stdout)
print(*range(5))
print(None, True, 1.0, [None], sep="|")
sys.stdout.write("written directly\n")
sys.stderr.write("stderr write\n")
print("x", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
