# float // and % come from CPython's float_divmod (so 1 // 0.1 is 9.0, not 10.0), divmod(int,
# float) uses float.__rdivmod__, and the in-place set operators change the set itself (an alias
# sees it) and accept only sets; int has as_integer_ratio/__floor__/__ceil__/__trunc__.
print(1 // 0.1, 1 % 0.1, divmod(1, 0.1), divmod(-1, 0.1), 7.5 // -2, -0.0 // 1, 0.0 // -1, 5 % -0.3)
for a, b in [(0.7, 0.1), (1, 0.2), (-3.5, 1.1), (10, 3.3), (2 ** 0.5, 0.01), (7, 2.5), (-7, 2.5)]:
    print(a // b, a % b, divmod(a, b))
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
s = {1, 2, 3}
alias = s
s &= {1, 2}
print(s, alias, s is alias)
s |= {9}
s -= {1}
print(alias)
s ^= {2, 5}
print(alias)
s.symmetric_difference_update([5, 7])
print(alias)
frozen = frozenset({1})
before = frozen
frozen |= {2}
print(frozen, before, frozen is before)
for source in ["s |= [2]", "s &= (1,)", "s -= 'a'", "s ^= None"]:
    try:
        exec(source)
    except TypeError as e:
        print("TypeError:", e)
same = {1, 2}
same ^= same
print(same)
print((3).as_integer_ratio(), (7).__floor__(), (7).__ceil__(), (-7).__trunc__(), True.as_integer_ratio(),
      (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__floor__())
