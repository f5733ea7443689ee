# The interpreter runs some instruction pairs as one step (LOAD_FAST x; LOAD_FAST y); an error in
# the second still points at the second (here the caret under `y`, and the handler sees the right line).
def add(flag):
    if flag:
        y = 1
    x = 2
    return x + y


try:
    add(False)
except UnboundLocalError as e:
    print(e)
print(add(True))


def pairs(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


print(pairs(30))
add(False)
