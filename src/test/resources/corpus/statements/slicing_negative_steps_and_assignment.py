s = "abcdefgh"
print(s[2:5], s[:3], s[5:], s[-3:], s[:-3], s[::2], s[::-1], s[6:1:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[3:3] == "")
lst = list(range(10))
print(lst[1:8:3], lst[::-3], lst[8:2:-1])
lst[2:5] = ["x"]
print(lst)
lst[:0] = [-1, -2]
print(lst)
lst[::2] = "ABCDE"
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
lst[len(lst):] = [99]
print(lst)
t = (0, 1, 2, 3, 4)
print(t[1:-1], t[::-2])
print(s[slice(1, 6, 2)], slice(1, 6, 2), slice(3))
print(slice(1, 10, 3).indices(5))
b = b"hello"
print(b[1:3], b[::-1], b[0])
r = range(20)[3:15:4]
print(r, list(r))
