# 没有实现 __str__ 和 __repr__ 时：print 和 repr 用 object 的默认表示
# Without __str__ and __repr__: print and repr fall back to object's default form
class A:
    def __init__(self, lst):
        self.lst = lst


a = A(['x', 'y', 'z'])
print(repr(a))  # <__main__.A object at 0x...>
print(a)  # <__main__.A object at 0x...>


# 只实现 __repr__ 时，print 也会用它（找不到 __str__ 就找 __repr__）
# With only __repr__, print uses it too (no __str__, so it falls back to __repr__)
class B:
    def __init__(self, lst):
        self.lst = lst

    def __repr__(self):
        return ','.join(self.lst)


b = B(['x', 'y', 'z'])
print(repr(b))  # x,y,z
print(b)  # x,y,z
