# zip(strict=True) raises once one iterable ends before or after the others, naming it.
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)), list(zip("ab", "cde")))
for args in [("ab", "c"), ("a", "bc"), ("ab", "ab", "a"), ("a", "a", "ab"), ("", "", "x"), ("abc", "abc", "abc", "ab")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(f"zip{args}: ValueError: {e}")
try:
    zip([], fillvalue=1)
except TypeError as e:
    print("TypeError:", e)
pairs = zip([1, 2, 3], "ab", strict=True)
print(next(pairs), next(pairs))
try:
    next(pairs)
except ValueError as e:
    print("after two pairs:", e)
