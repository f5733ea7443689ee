code = compile("x = 1 + 2\nprint(x)", "<string>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
exec(code)
print(eval("3 * 7"))
e = compile("a + b", "<expr>", "eval")
print(eval(e, {"a": 1, "b": 2}))
g = {}
exec("def f(n):\n    return n * 2\ny = f(21)", g)
print(g["y"], sorted(k for k in g if k != "__builtins__"))
l = {}
exec("z = 5", {}, l)
print(l)
try:
    exec("x = (1,\n")
except SyntaxError as ex:
    print("SyntaxError", ex)
try:
    compile("return 1", "<m>", "exec")
except SyntaxError as ex:
    print("SyntaxError", ex)
try:
    eval("undefined_name")
except NameError as ex:
    print("NameError", ex)
print(eval("[i*i for i in range(4)]"))
x = 10
def scope():
    y = 3
    return eval("x + y")
print(scope())
single = compile("1+1", "<s>", "single")
exec(single)
exec("print('from exec', __name__)")
print(eval("__name__", {"__name__": "custom"}))
try:
    exec("raise ValueError('inside')")
except ValueError as ex:
    print("caught", ex)
src = "for i in range(3):\n    print(i, end=' ')\nprint()"
exec(src)
print(eval(" 42 "), eval("\n1\n".strip()))
try:
    eval("x = 1")
except SyntaxError as ex:
    print("SyntaxError", ex)
