a = "hello"
b = "hello"
print(a is b)
c = "hello_world_123"
d = "hello_world_123"
print(c is d)
def build(*parts):
    return "".join(parts)
e = build("hel", "lo")
print(e == a, e is a)
import sys
print(sys.intern(e) is a)
s1 = "".join(["x", "y"])
s2 = "".join(["x", "y"])
print(s1 == s2, s1 is s2)
blank = ""
print(blank is str(), "a" * 1 == "a")
empty = ()
print(empty is tuple(), [] is [])
