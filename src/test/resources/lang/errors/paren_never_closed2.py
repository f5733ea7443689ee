x = 1
foo(a, b
y = 2
