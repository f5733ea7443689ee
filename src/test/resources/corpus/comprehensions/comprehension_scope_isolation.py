x = "outer x"
squares = [x for x in range(3)]
print(x, squares)
y = 10
print([y + i for i in range(3)])
class Scope:
    factor = 3
    values = [factor * 2]
    try:
        scaled = [factor * i for i in range(3)]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(Scope.values, Scope.scaled)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
gen = (i * 2 for i in range(3))
print(type(gen).__name__, list(gen), list(gen))
first_iter_evaluated_now = [1, 2]
g = (v for v in first_iter_evaluated_now)
first_iter_evaluated_now = [9]
print(list(g))
