def level3(d):
    return d["key"] + 1
def level2(d):
    return level3(d) * 2
def level1():
    data = {"key": "text"}
    return level2(data)
try:
    level1()
except TypeError as e:
    print("caught:", e)
items = [1, 2, 3]
total = items[0] + items[1] * items[5 - 1]
