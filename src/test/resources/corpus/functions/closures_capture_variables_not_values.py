def make_multipliers():
    result = []
    for i in range(3):
        def mul(x):
            return x * i
        result.append(mul)
    return result

print([m(10) for m in make_multipliers()])

def outer():
    x = 1
    def show():
        return x
    x = 2
    return show

print(outer()())
f = outer()
print(f.__closure__[0].cell_contents, f.__code__.co_freevars)

def accumulator(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get

add, get = accumulator(100)
add(5); add(10)
print(get())

def level1():
    a = "A"
    def level2():
        def level3():
            return a + "!"
        return level3
    return level2()()

print(level1())
