print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="n"))
print("{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 7))
print("{:>8}|{:<8}|{:^8}|{:08.3f}|{:,}".format("r", "l", "c", 3.14159, 10 ** 7))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{}} {:{}}".format(5, 4) + "|")
class P:
    x = 1
    y = 2
print("{p.x},{p.y}".format(p=P()))
print("{:%Y}".format(type("D", (), {"__format__": lambda self, spec: "custom:" + spec})()))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print("{:b} {:o} {:x} {:e} {:%} {:.1%}".format(5, 8, 255, 1500.0, 0.25, 0.3333))
print(format(1234.5, ",.1f"), format(-1, "03d"), format(True), format(None, ""))
