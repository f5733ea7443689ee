lst = [3, 1, 4]
lst.append(1)
lst.extend((5, 9))
lst.insert(0, "head")
lst.insert(100, "tail")
print(lst)
print(lst.pop(), lst.pop(0), lst)
lst.remove(1)
print(lst, lst.index(4), lst.count(1))
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    lst.index(42)
except ValueError as e:
    print("ValueError:", e)
lst.sort()
print(lst)
lst.sort(key=lambda n: -n)
print(lst)
lst.reverse()
print(lst, lst.copy() == lst, lst.copy() is lst)
lst.clear()
print(lst)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print([1, 2] + [3], [0] * 3, [1, [2]] == [1, [2]], [1, 2] < [1, 3], [2] > [1, 9])
nested = [[3, "c"], [1, "a"]]
nested.sort()
print(nested, list(range(3)) * 2)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
stable = [("b", 1), ("a", 1), ("c", 0)]
print(sorted(stable, key=lambda p: p[1]))
print(repr([]), repr([[]]), str(["s", 1.5, None]))
