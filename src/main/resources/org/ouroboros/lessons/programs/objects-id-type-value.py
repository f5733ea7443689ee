# 对象的三个特征：身份(id)、类型(type)、值(value)
# The three characteristics of an object: identity (id), type, value
a = 1
print(id(a) == id(1))  # 同一个对象 / the same object
print(type(a))
print(a)

b = None
c = None
print(b is c)  # None 全局唯一 / None is unique
