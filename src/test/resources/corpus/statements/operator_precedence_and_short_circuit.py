print(2 + 3 * 4 ** 2, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(not True or True, not (True or True), True or 1 / 0, False and 1 / 0)
print(1 < 2 == 2, 1 | 2 ^ 3 & 4, 1 + 2 << 3, 5 - 3 - 1, 2 * 3 % 4, 7 // 2 * 2)
print(1 if 0 else 2 if 0 else 3, [1, 2][0] + 1, "ab" "cd" * 2, -3 % 5, ~0 + 1)
calls = []
def t(v):
    calls.append(v)
    return v
result = t(0) or t("") or t("found") or t("skipped")
print(result, calls)
calls.clear()
result = t(1) and t([]) and t("skipped")
print(result, calls)
print(0 or 0.0 or None, [] or {}, "a" and "b", None and 1)
x = 5
print(-x ** 2, (x > 3) + (x > 4), (x == 5) is True, not x == 5)
