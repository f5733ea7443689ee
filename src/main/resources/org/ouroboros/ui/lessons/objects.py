a = 1
b = 'abc'
print(type(a))  # <class 'int'>
print(type(int))  # <class 'type'>
print(type(b))  # <class 'str'>
print(type(str))  # <class 'type'>

# 从这里我们可以看到生成关系type->class->obj
# 可以得出结论，一般对象是由类生成的，而类是由type生成的


print(object.__bases__) # ()
print(type.__bases__) # (<class 'object'>,)
print(type(object))  # <class 'type'>

# object是顶层基类，type也是一个类
# type类的基类是object
# object类是由type类生成的
