# More instruction pairs run as one step: a function's RESUME with its first local read, a local as
# the right operand of a binary operator, `return x`, and a call whose result is dropped. Errors in
# either half look as if the two had run one by one (message, line, caret).
def first_read_unbound():
    print(x)
    x = 1


def right_operand_unbound(a, flag):
    if flag:
        b = 2
    return a * b


def bad_operand(a, b):
    return a - b


def return_unbound(flag):
    if flag:
        r = 1
    return r


def dropped_result(items):
    items.append(len(items))
    items.pop(5)


for fn, args in ((first_read_unbound, ()), (right_operand_unbound, (3, False)), (bad_operand, ("s", 1)),
                 (return_unbound, (False,)), (dropped_result, ([],))):
    try:
        fn(*args)
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
print(right_operand_unbound(3, True), bad_operand(5, 2), return_unbound(True))
bad_operand([1], {2})
