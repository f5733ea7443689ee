# A for loop over a non-iterable fails at GET_ITER, whose location is the whole for statement,
# so the traceback shows the line without carets (a call in the iterable keeps its carets).
def count_items(items):
    total = 0
    for item in items:
        total += 1
    return total


try:
    for letter in 42:
        print(letter)
except TypeError as e:
    print("TypeError:", e)
try:
    for i, x in enumerate(7):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    count_items(None)
except TypeError:
    count_items(3.5)
