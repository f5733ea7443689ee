print(len(a))
# 没有实现__repr__时
print(repr(a))  # <__main__.A object at 0x10c304a90>
# 实现了__repr__时
print(rep