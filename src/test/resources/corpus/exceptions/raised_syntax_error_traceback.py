def check(src):
    raise SyntaxError("bad token", ("cfg.txt", 3, 5, "key = = value\n", 3, 8))
try:
    check("x")
except SyntaxError as e:
    print(e, e.msg, e.lineno, e.offset, e.text, e.filename)
check("y")
