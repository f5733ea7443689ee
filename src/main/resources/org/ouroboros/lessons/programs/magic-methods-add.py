# 数学运算的魔法函数：+ 调用 __add__，abs() 调用 __abs__
# Magic methods for arithmetic: + calls __add__, abs() calls __abs__
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self):
        return 'Vector(%r, %r)' % (self.x, self.y)


v = Vector(1, 2) + Vector(2, 2)
print(v)  # Vector(3, 4)
print(abs(v))  # 5.0
# sum() 没有 __sum__：它从 0 开始反复用 +
# sum() has no __sum__: it starts from 0 and applies + again and again
print(sum([1, 2, 3]))  # 6
