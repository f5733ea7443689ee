a = 1
b = 'abc'
print(type(a))  # <class 'int'>
print(type(int))  # <class 'type'>
print(type(b))  # <class 'str'>
print(type(str))  # <class 'type'>

# 从这里我们可以看到生成关系type->class->obj
# 可以得出结论，一般对象是由类生成的，而类是由type生成的
