x = 10; name = "Ann"; pi = 3.14159; items = [1, 2]
print(f"{x=}", f"{x = }", f"{name!r:>8}", f"{pi=:.2f}", f"{x*2=}", f"{items[0]=}", f"{name.upper()=}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{name:{'^'}{width}}|", f"{'{'}{x}{'}'}", f"{{x}}", f"{x:#x}{x:o}")
print(f"{'nested ' + f'{x}'}", f"{x!s:>{width}}", f"{3.0:g}", f"{1e-7:.2g}", f"{-0.0:+.1f}")
print(f"""multi
{x}
line""", f'{"quotes"}', f"{x if x > 5 else 0}", f"{(lambda y: y * 2)(x)}", f"{[i for i in range(3)]}")
d = {"k": "v"}
print(f"{d['k']}", f"{d!r}", f"{'a' 'b'}", f"{x:,}", f"{1234567.891:,.2f}", f"{0.25:.0%}", f"{12:b}")
class C:
    def __format__(self, spec): return f"C<{spec}>"
print(f"{C()}", f"{C():abc}", f"{C()!s}"[:3], format(C(), "z"), "{:xyz}".format(C()))
print("{0!r:^10}|{1!s:<4}|{2!a}".format("é", 5, "é"), "{:=^9}".format("mid"), "{0:{1}}".format(5, "03"))
print("{a[0]}-{b.real}".format(a=[9], b=3), "{}{}".format(*"ab"), "{x}{y}".format(**{"x": 1, "y": 2}))
