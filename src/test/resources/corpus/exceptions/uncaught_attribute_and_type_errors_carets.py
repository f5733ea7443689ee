class Point:
    def __init__(self, x):
        self.x = x

def total(points):
    result = 0
    for p in points:
        result = result + p.x * 2
    return result

print(total([Point(1), Point(2)]))
print(total([Point(1), Point("a"), Point(3)]))
