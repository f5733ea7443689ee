cases = [
    lambda: [1, 2][5],
    lambda: {"a": 1}["b"],
    lambda: undefined_thing,
    lambda: int("x1"),
    lambda: 1 + "a",
    lambda: len(42),
    lambda: None.attr,
    lambda: (1, 2).append(3),
    lambda: "abc".index("z"),
    lambda: 1 / 0,
    lambda: 5 % 0,
    lambda: [].pop(),
    lambda: iter(3),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: "x" * "y",
    lambda: [1, 2] * 1.5,
    lambda: hash([]),
    lambda: int([]),
    lambda: float("x"),
    lambda: "a" < 1,
    lambda: {[]: 1},
    lambda: next(iter([])),
    lambda: divmod(1, 0),
    lambda: abs("s"),
    lambda: chr(1114112),
    lambda: __import__("no_such_module_here"),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__ + ":", e)
