# == 比较值，is 比较 id()
# == compares values, is compares id()
a = [1, 2, 3, 4]
b = [1, 2, 3, 4]
print(a == b)  # True
print(a is b)  # False
print(id(a) == id(b))  # False

# 小整数(-5..256)驻留：每次都是同一个对象
# Small integers (-5..256) are interned: always the same object
x = int('100')
y = int('100')
print(x is y)  # True
# 大整数不驻留（这里用 int() 在运行时创建，避免常量合并）
# Large integers are not interned (made at run time with int(), so no constant folding)
m = int('1000')
n = int('1000')
print(m is n)  # False
print(m == n)  # True
