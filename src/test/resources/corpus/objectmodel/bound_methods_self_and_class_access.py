class Greeter:
    greeting = "hi"
    def greet(self, name):
        return f"{self.greeting} {name}"

g = Greeter()
m = g.greet
print(m("ann"), Greeter.greet(g, "bob"), m.__self__ is g, m.__func__ is Greeter.greet)
print(type(m).__name__, type(Greeter.greet).__name__)
try:
    Greeter.greet("x")
except TypeError as e:
    print("TypeError:", e)
try:
    g.greet()
except TypeError as e:
    print("TypeError:", e)
g.greeting = "hello"
print(m("cy"))
methods = [g.greet, Greeter().greet]
print([f("d") for f in methods])
class NoSelf:
    def broken():
        return "no self"
try:
    NoSelf().broken()
except TypeError as e:
    print("TypeError:", e)
print(NoSelf.broken())
print(repr(g.greet).startswith("<bound method Greeter.greet of <__main__.Greeter object at 0x"))
