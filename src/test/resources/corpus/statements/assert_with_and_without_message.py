def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert args:", e.args, repr(e))
assert True, "not raised"
assert [1], "non-empty list is true"
print("done")
